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
package io.github.camelbitrix24.notify.sandbox.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.encoding.Json;
import io.github.camelbitrix24.notify.sandbox.encoding.PhpQueryString;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;
import io.github.camelbitrix24.notify.sandbox.errors.SystemErrors;

/**
 * The parameters of a request: the query string, then the body (a JSON object or a PHP-style form), whose values win on
 * conflicts as PHP's {@code $_REQUEST} lets POST win over GET.
 */
final class RequestParameters {

    private RequestParameters() {
    }

    static Map<String, Object> parse(String rawQuery, String contentType, byte[] body) {
        Map<String, Object> params = new LinkedHashMap<>(PhpQueryString.parse(rawQuery));
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.isBlank()) {
            params.putAll(isJson(contentType, text) ? jsonObject(text) : PhpQueryString.parse(text.strip()));
        }
        return params;
    }

    private static boolean isJson(String contentType, String body) {
        if (contentType != null) {
            String type = contentType.toLowerCase(Locale.ROOT);
            if (type.contains("json")) {
                return true;
            }
            if (type.contains("x-www-form-urlencoded")) {
                return false;
            }
        }
        return body.stripLeading().startsWith("{");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonObject(String text) {
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (IOException e) {
            throw invalidJson();
        }
        if (!(parsed instanceof Map)) {
            throw invalidJson();
        }
        return (Map<String, Object>) parsed;
    }

    private static RestError invalidJson() {
        return SystemErrors.invalidRequestBody("Request body is not a valid JSON object");
    }
}
