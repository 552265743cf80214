/*
 * Copyright The camel-bitrix24-notify maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelbitrix24.notify.sandbox.params;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PHP's loose conversions ({@code intval}, {@code empty}, string casts): the portal reads every parameter through them,
 * so the sandbox does too.
 */
public final class PhpValues {

    private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*([+-]?\\d+)");

    private PhpValues() {
    }

    /** A scalar as PHP would cast it to string; {@code null} for absent values, objects and arrays. */
    static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Boolean flag) {
            return flag ? "1" : "";
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            BigDecimal number = new BigDecimal(value.toString());
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return null;
    }

    /** PHP {@code intval}: the leading integer of a string, 0 when there is none. */
    public static long intval(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (value instanceof String text) {
            Matcher matcher = LEADING_INTEGER.matcher(text);
            if (!matcher.find()) {
                return 0;
            }
            try {
                return Long.parseLong(matcher.group(1));
            } catch (NumberFormatException overflow) {
                return matcher.group(1).startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? 0 : 1;
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? 0 : 1;
        }
        return 0;
    }

    /** PHP {@code empty}: absent, {@code ""}, {@code "0"}, zero, {@code false} or an empty array. */
    public static boolean empty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String text) {
            return text.isEmpty() || "0".equals(text);
        }
        if (value instanceof Boolean flag) {
            return !flag;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).signum() == 0;
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty();
        }
        return false;
    }
}
