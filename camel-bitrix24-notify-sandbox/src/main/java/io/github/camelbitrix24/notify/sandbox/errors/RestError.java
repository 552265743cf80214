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
