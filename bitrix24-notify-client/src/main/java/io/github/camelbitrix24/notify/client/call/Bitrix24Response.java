package io.github.camelbitrix24.notify.client.call;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful answer of the portal.
 *
 * @param result     the {@code result} member
 * @param time       the operating figures of the {@code time} member, {@link CallTime#UNKNOWN} when absent
 * @param httpStatus the HTTP status
 */
public record Bitrix24Response(JsonNode result, CallTime time, int httpStatus) {

    public Bitrix24Response {
        time = time == null ? CallTime.UNKNOWN : time;
    }
}
