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
