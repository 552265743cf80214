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
package io.github.camelbitrix24.notify.sandbox;

import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.encoding.Json;

/**
 * One REST method call the sandbox received, as the portal saw it.
 *
 * @param method     the method name in lower case, e.g. {@code im.notify}; {@code batch} for the outer batch call
 * @param params     the parameters as received, normalised from JSON bodies, PHP-style form bodies and query strings
 *                   into nested {@code Map}/{@code List}/{@code String}/{@code Number}/{@code Boolean}; an OAuth call's
 *                   {@code auth} token is left out
 * @param userId     the calling user (the webhook's, or the one an OAuth token acts as); 0 when the call could not be
 *                   authenticated
 * @param httpStatus the HTTP status the call was answered with (for a batch sub-command: the status it would have had
 *                   on its own)
 * @param errorCode  the error code returned, {@code null} on success
 * @param inBatch    true for a sub-command of a {@code batch} call
 */
public record RecordedCall(String method, Map<String, Object> params, long userId, int httpStatus, String errorCode,
        boolean inBatch) {

    public RecordedCall {
        params = Json.frozenMap(params == null ? Map.of() : params);
    }

    /** True when the call succeeded. */
    public boolean succeeded() {
        return errorCode == null;
    }

    /**
     * A parameter as text: scalars in their string form ({@code "5"} for {@code 5} and for {@code "5"}), objects and
     * arrays as compact JSON; {@code null} when absent. Names match exactly first, then ignoring case, as the portal
     * does.
     */
    public String param(String name) {
        Object value = params.containsKey(name) ? params.get(name) : valueIgnoringCase(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            return Json.write(value);
        }
        return value.toString();
    }

    private Object valueIgnoringCase(String name) {
        return params.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
