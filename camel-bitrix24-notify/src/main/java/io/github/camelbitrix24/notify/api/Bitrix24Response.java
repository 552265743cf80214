package io.github.camelbitrix24.notify.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A successful answer of the portal.
 *
 * @param result     the {@code result} member
 * @param time       the {@code time} member (execution time, operating limit figures), missing when absent
 * @param httpStatus the HTTP status
 */
public record Bitrix24Response(JsonNode result, JsonNode time, int httpStatus) {

    public Bitrix24Response {
        time = time == null ? MissingNode.getInstance() : time;
    }
}
