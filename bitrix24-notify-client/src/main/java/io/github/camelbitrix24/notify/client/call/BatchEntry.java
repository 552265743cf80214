package io.github.camelbitrix24.notify.client.call;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outcome of one command of a {@code batch} call: its result and {@code time} (from {@code result_time}), or
 * its own error. A failed command fails only its own entry.
 */
public record BatchEntry(JsonNode result, CallTime time, PortalException error) {

    public BatchEntry {
        time = time == null ? CallTime.UNKNOWN : time;
    }

    public static BatchEntry success(JsonNode result, CallTime time) {
        return new BatchEntry(result, time, null);
    }

    public static BatchEntry failure(PortalException error) {
        return new BatchEntry(null, null, error);
    }

    public boolean isSuccess() {
        return error == null;
    }
}
