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
