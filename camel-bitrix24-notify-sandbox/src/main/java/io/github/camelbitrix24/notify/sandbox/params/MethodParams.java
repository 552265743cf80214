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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one method call, read the way the portal reads them: names ignore case (the portal upper-cases them
 * first) and values go through PHP's loose conversions.
 */
public final class MethodParams {

    private final Map<String, Object> byUpperCaseName = new LinkedHashMap<>();

    public MethodParams(Map<String, Object> params) {
        params.forEach((name, value) -> byUpperCaseName.put(name.toUpperCase(Locale.ROOT), value));
    }

    /** PHP {@code isset}: present and not {@code null}. */
    public boolean isSet(String name) {
        return raw(name) != null;
    }

    public Object raw(String name) {
        return byUpperCaseName.get(name);
    }

    /** The value as text; {@code null} when absent or not a scalar. */
    public String text(String name) {
        return PhpValues.text(raw(name));
    }

    /** The value as trimmed text; empty when absent or not a scalar. */
    public String trimmedText(String name) {
        String text = text(name);
        return text == null ? "" : text.strip();
    }

    /** PHP {@code intval} of the value. */
    public long integer(String name) {
        return PhpValues.intval(raw(name));
    }

    /** PHP {@code empty} of the value. */
    public boolean isEmpty(String name) {
        return PhpValues.empty(raw(name));
    }

    /**
     * The values of an array parameter (a JSON array or object, or PHP-style {@code NAME[]}); empty if not an array.
     */
    public Optional<List<Object>> array(String name) {
        Object value = raw(name);
        if (value instanceof List<?> list) {
            return Optional.of(new ArrayList<>(list));
        }
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new ArrayList<>(map.values()));
        }
        return Optional.empty();
    }
}
