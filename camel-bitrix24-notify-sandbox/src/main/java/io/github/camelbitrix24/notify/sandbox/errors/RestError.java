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
package io.github.camelbitrix24.notify.sandbox.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer of the portal: the HTTP status and the {@code {"error", "error_description"}} body.
 */
public final class RestError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;
    private final String description;

    public RestError(int httpStatus, String code, String description) {
        super(code + ": " + description, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
        this.description = description;
    }

    /** A validation error of a method: the portal answers those with 400. */
    public static RestError badRequest(String code, String description) {
        return new RestError(400, code, description);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("error_description", description);
        return body;
    }
}
