package io.github.camelbitrix24.notify.sandbox.methods;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures one call and describes it as the portal's {@code time} object. The sandbox spends no measurable
 * resources, so {@code operating} stays 0; {@code operating_reset_at} lies the configured reset delay ahead.
 */
final class ExecutionTime {

    private static final int MICROSECONDS = 6;

    private final Instant start;

    private ExecutionTime(Instant start) {
        this.start = start;
    }

    static ExecutionTime start() {
        return new ExecutionTime(Instant.now());
    }

    Map<String, Object> finish(Duration operatingResetDelay) {
        Instant finish = Instant.now();
        BigDecimal elapsed = seconds(ChronoUnit.MICROS.between(start, finish));
        Map<String, Object> time = new LinkedHashMap<>();
        time.put("start", epochSeconds(start));
        time.put("finish", epochSeconds(finish));
        time.put("duration", elapsed);
        time.put("processing", elapsed);
        time.put("date_start", PortalDates.format(start));
        time.put("date_finish", PortalDates.format(finish));
        time.put("operating_reset_at", start.plus(operatingResetDelay).getEpochSecond());
        time.put("operating", 0);
        return time;
    }

    private static BigDecimal epochSeconds(Instant instant) {
        return seconds(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
    }

    private static BigDecimal seconds(long micros) {
        return BigDecimal.valueOf(micros, MICROSECONDS);
    }
}
