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
package io.github.camelbitrix24.notify.client.call;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Encodes parameters the way PHP's http_build_query does ({@code IDS[0]=1&ATTACH[BLOCKS][0][MESSAGE]=x}): the form a
 * {@code batch} command string {@code "method?query"} must take.
 */
final class PhpQuery {

    private PhpQuery() {
    }

    static String encode(Map<String, Object> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> append(query, name, value));
        return query.toString();
    }

    private static void append(StringJoiner query, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, item) -> append(query, key + "[" + name + "]", item));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                append(query, key + "[" + i + "]", list.get(i));
            }
        } else if (value instanceof Boolean flag) {
            query.add(encodeText(key) + "=" + (flag ? "1" : "0"));
        } else {
            query.add(encodeText(key) + "=" + encodeText(value.toString()));
        }
    }

    private static String encodeText(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
