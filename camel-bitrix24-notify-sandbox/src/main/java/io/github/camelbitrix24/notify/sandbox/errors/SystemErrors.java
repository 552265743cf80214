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

/**
 * The errors any method call can end with, with the statuses and texts of the portal's system error list.
 */
public final class SystemErrors {

    private SystemErrors() {
    }

    public static RestError methodNotFound() {
        return new RestError(404, "ERROR_METHOD_NOT_FOUND", "Method not found!");
    }

    /** A webhook whose code does not belong to the user in the URL. The method pages document 401 for it. */
    public static RestError invalidCredentials() {
        return new RestError(401, "INVALID_CREDENTIALS", "Invalid request credentials");
    }

    public static RestError noAuthFound() {
        return new RestError(401, "NO_AUTH_FOUND", "Wrong authorization data");
    }

    public static RestError queryLimitExceeded() {
        return new RestError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
    }

    /** The method has used up its execution time for now; the limits page documents 429 for it. */
    public static RestError operationTimeLimit() {
        return new RestError(429, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.");
    }

    public static RestError batchLengthExceeded() {
        return new RestError(400, "ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded");
    }

    public static RestError batchMethodNotAllowed() {
        return new RestError(405, "ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage");
    }

    public static RestError invalidRequestBody(String why) {
        return new RestError(400, "INVALID_REQUEST", why);
    }

    public static RestError internalServerError() {
        return new RestError(500, "INTERNAL_SERVER_ERROR", "Internal server error");
    }
}
