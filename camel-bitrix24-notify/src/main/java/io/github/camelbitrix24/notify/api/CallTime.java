package io.github.camelbitrix24.notify.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures of an answer's {@code time} object that the client acts on: how many seconds the method has used in
 * the last ten minutes ({@code operating}) and when the oldest of them stop counting ({@code operating_reset_at}).
 * The other members (start, finish, duration, dates) are not read: parsing them costs more than the call's own work.
 *
 * @param operatingSeconds the {@code operating} figure
 * @param operatingResetAt the {@code operating_reset_at} figure, epoch seconds
 */
public record CallTime(double operatingSeconds, long operatingResetAt) {

    /** An answer that said nothing of its operating time. */
    public static final CallTime UNKNOWN = new CallTime(Double.NaN, 0);

    private static final String OPERATING = "operating";
    private static final String OPERATING_RESET_AT = "operating_reset_at";

    /** Whether the portal reported both figures. */
    public boolean isKnown() {
        return !Double.isNaN(operatingSeconds);
    }

    /** The figures of a {@code time} object already read as a tree (a batch command's {@code result_time}). */
    public static CallTime of(JsonNode time) {
        if (time == null) {
            return UNKNOWN;
        }
        JsonNode used = time.path(OPERATING);
        JsonNode resetAt = time.path(OPERATING_RESET_AT);
        return used.isNumber() && resetAt.isNumber() ? new CallTime(used.asDouble(), resetAt.asLong()) : UNKNOWN;
    }

    /**
     * Reads a {@code time} value from a parser standing on its first token, consuming it whole; only the two
     * figures are converted to numbers.
     */
    static CallTime read(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return UNKNOWN;
        }
        double used = Double.NaN;
        long resetAt = 0;
        boolean resetKnown = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (OPERATING.equals(name) && value.isNumeric()) {
                used = parser.getDoubleValue();
            } else if (OPERATING_RESET_AT.equals(name) && value.isNumeric()) {
                resetAt = parser.getLongValue();
                resetKnown = true;
            } else {
                parser.skipChildren();
            }
        }
        return resetKnown && !Double.isNaN(used) ? new CallTime(used, resetAt) : UNKNOWN;
    }
}
