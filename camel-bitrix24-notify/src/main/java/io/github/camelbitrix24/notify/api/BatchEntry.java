package io.github.camelbitrix24.notify.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;

/**
 * The outcome of one command of a {@code batch} call: its result, or its own error. A failed command fails only its
 * own entry.
 */
public record BatchEntry(JsonNode result, Bitrix24NotifyException error) {

    public static BatchEntry success(JsonNode result) {
        return new BatchEntry(result, null);
    }

    public static BatchEntry failure(Bitrix24NotifyException error) {
        return new BatchEntry(null, error);
    }

    public boolean isSuccess() {
        return error == null;
    }
}
