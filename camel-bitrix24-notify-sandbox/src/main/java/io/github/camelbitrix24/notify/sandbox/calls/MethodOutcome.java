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
package io.github.camelbitrix24.notify.sandbox.calls;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.errors.RestError;

/**
 * How one method call ended: a result with its {@code time} object, or an error.
 */
public record MethodOutcome(Object result, Map<String, Object> time, RestError error) {

    public static MethodOutcome success(Object result, Map<String, Object> time) {
        return new MethodOutcome(result, time, null);
    }

    public static MethodOutcome failure(RestError error) {
        return new MethodOutcome(null, null, error);
    }

    public boolean succeeded() {
        return error == null;
    }

    public int httpStatus() {
        return succeeded() ? 200 : error.httpStatus();
    }

    public String errorCode() {
        return succeeded() ? null : error.code();
    }

    /** The response body: {@code {"result", "time"}} or {@code {"error", "error_description"}}. */
    public Map<String, Object> body() {
        if (!succeeded()) {
            return error.body();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", result);
        body.put("time", time);
        return body;
    }
}
