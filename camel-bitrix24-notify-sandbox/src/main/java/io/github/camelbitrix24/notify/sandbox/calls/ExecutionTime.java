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
package io.github.camelbitrix24.notify.sandbox.calls;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.encoding.PortalDates;

/**
 * Measures one call and describes it as the portal's {@code time} object, with the method's operating-limit figures.
 */
final class ExecutionTime {

    private static final int MICROSECONDS = 6;

    private final Instant start;
    /** How far the portal's clock stands from the machine's. */
    private final Duration clockOffset;

    private ExecutionTime(Instant start, Duration clockOffset) {
        this.start = start;
        this.clockOffset = clockOffset;
    }

    /** Starts measuring a call on the portal's clock: the machine's, moved by {@code clockOffset}. */
    static ExecutionTime start(Duration clockOffset) {
        return new ExecutionTime(Instant.now().plus(clockOffset), clockOffset);
    }

    Instant started() {
        return start;
    }

    /** How long the call has run so far. */
    Duration elapsed() {
        return Duration.between(start, now());
    }

    Map<String, Object> finish(OperatingLedger.Usage usage) {
        Instant finish = now();
        BigDecimal elapsed = seconds(ChronoUnit.MICROS.between(start, finish));
        Map<String, Object> time = new LinkedHashMap<>();
        time.put("start", epochSeconds(start));
        time.put("finish", epochSeconds(finish));
        time.put("duration", elapsed);
        time.put("processing", elapsed);
        time.put("date_start", PortalDates.format(start));
        time.put("date_finish", PortalDates.format(finish));
        time.put("operating_reset_at", usage.resetAtEpochSecond());
        time.put("operating", BigDecimal.valueOf(usage.operatingSeconds()).setScale(MICROSECONDS, RoundingMode.HALF_UP));
        return time;
    }

    private Instant now() {
        return Instant.now().plus(clockOffset);
    }

    private static BigDecimal epochSeconds(Instant instant) {
        return seconds(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
    }

    private static BigDecimal seconds(long micros) {
        return BigDecimal.valueOf(micros, MICROSECONDS);
    }
}
