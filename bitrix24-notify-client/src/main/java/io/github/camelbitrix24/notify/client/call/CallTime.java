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
package io.github.camelbitrix24.notify.client.call;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures of an answer's {@code time} object that the client acts on: how many seconds the method has used in the
 * last ten minutes ({@code operating}), when the oldest of them stop counting ({@code operating_reset_at}), and how
 * long the portal worked on the request ({@code duration}), and when it started on it by its own clock ({@code start}),
 * which date its arrival. The other members (finish, dates) are not read: parsing them costs more than the call's own
 * work.
 *
 * @param operatingSeconds the {@code operating} figure, NaN when not given
 * @param operatingResetAt the {@code operating_reset_at} figure, epoch seconds
 * @param durationSeconds  the {@code duration} figure, NaN when not given
 * @param startSeconds     the {@code start} figure, epoch seconds on the portal's clock, NaN when not given
 * @param finishSeconds    the {@code finish} figure, epoch seconds on the portal's clock, NaN when not given
 * @param receivedNanos    when the client's HTTP client received the answer ({@link System#nanoTime()}), 0 when unknown
 */
public record CallTime(double operatingSeconds, long operatingResetAt, double durationSeconds, double startSeconds,
        double finishSeconds, long receivedNanos) {

    /** An answer that said nothing of its time. */
    public static final CallTime UNKNOWN = new CallTime(Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, 0);

    private static final String OPERATING = "operating";
    private static final String OPERATING_RESET_AT = "operating_reset_at";
    private static final String DURATION = "duration";
    private static final String START = "start";
    private static final String FINISH = "finish";

    /** Whether the portal reported both operating figures. */
    public boolean isKnown() {
        return !Double.isNaN(operatingSeconds);
    }

    /** How long the portal worked on the request, in nanoseconds; 0 when it did not say. */
    public long durationNanos() {
        return Double.isNaN(durationSeconds) || durationSeconds < 0 ? 0 : (long) (durationSeconds * 1_000_000_000d);
    }

    /**
     * Whether the answer dates the request on the portal's clock: the portal said when it started and finished it, and
     * the client knows when it received the answer.
     */
    public boolean isDatedByThePortal() {
        return startSeconds > 0 && finishSeconds >= startSeconds && receivedNanos != 0;
    }

    /** When the portal started on the request, in nanoseconds since the epoch on the portal's clock. */
    public long startEpochNanos() {
        return (long) (startSeconds * 1_000_000_000d);
    }

    /** When the portal finished the request, in nanoseconds since the epoch on the portal's clock. */
    public long finishEpochNanos() {
        return (long) (finishSeconds * 1_000_000_000d);
    }

    /** These figures, with the time the client's HTTP client received the answer. */
    public CallTime receivedAt(long nanos) {
        return this == UNKNOWN
                ? this
                : new CallTime(operatingSeconds, operatingResetAt, durationSeconds, startSeconds, finishSeconds, nanos);
    }

    /** The figures of a {@code time} object already read as a tree (a batch command's {@code result_time}). */
    public static CallTime of(JsonNode time) {
        if (time == null) {
            return UNKNOWN;
        }
        JsonNode used = time.path(OPERATING);
        JsonNode resetAt = time.path(OPERATING_RESET_AT);
        JsonNode duration = time.path(DURATION);
        JsonNode start = time.path(START);
        JsonNode finish = time.path(FINISH);
        boolean operating = used.isNumber() && resetAt.isNumber();
        return new CallTime(
                operating ? used.asDouble() : Double.NaN, operating ? resetAt.asLong() : 0,
                duration.isNumber() ? duration.asDouble() : Double.NaN, start.isNumber() ? start.asDouble() : Double.NaN,
                finish.isNumber() ? finish.asDouble() : Double.NaN, 0);
    }

    /**
     * Reads a {@code time} value from a parser standing on its first token, consuming it whole; only the two figures
     * and the start and finish are converted to numbers.
     */
    static CallTime read(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return UNKNOWN;
        }
        double used = Double.NaN;
        long resetAt = 0;
        boolean resetKnown = false;
        double duration = Double.NaN;
        double start = Double.NaN;
        double finish = Double.NaN;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (OPERATING.equals(name) && value.isNumeric()) {
                used = parser.getDoubleValue();
            } else if (OPERATING_RESET_AT.equals(name) && value.isNumeric()) {
                resetAt = parser.getLongValue();
                resetKnown = true;
            } else if (DURATION.equals(name) && value.isNumeric()) {
                duration = parser.getDoubleValue();
            } else if (START.equals(name) && value.isNumeric()) {
                start = parser.getDoubleValue();
            } else if (FINISH.equals(name) && value.isNumeric()) {
                finish = parser.getDoubleValue();
            } else {
                parser.skipChildren();
            }
        }
        boolean operating = resetKnown && !Double.isNaN(used);
        return new CallTime(operating ? used : Double.NaN, operating ? resetAt : 0, duration, start, finish, 0);
    }
}
