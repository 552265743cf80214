package io.github.camelbitrix24.notify.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;

import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * One portal's operating-limit pauses, shared by every replica: when the portal refuses a method with 429
 * OPERATION_TIME_LIMIT, the replica that saw it pauses the method for all of them, until the reset time the portal
 * gave. Each pause is one Redis string, {@code <portal key>:<method>} holding the end of the pause in epoch
 * milliseconds, that expires at that time, so nothing is left behind.
 * <p>
 * The ends are wall-clock times, as the portal's {@code operating_reset_at} is: replicas whose clocks disagree wait
 * by that much more or less.
 */
public final class SharedOperatingPauses {

    /** Keeps the later of the pause recorded and the new one, and lets the key expire when the pause ends. */
    private static final String EXTEND_PAUSE = """
            local recorded = tonumber(redis.call('GET', KEYS[1]) or '0')
            local requested = tonumber(ARGV[1])
            if requested > recorded then
              redis.call('SET', KEYS[1], ARGV[1], 'PXAT', ARGV[1])
              return requested
            end
            return recorded
            """;

    private final RedisCommands<String, String> redis;
    private final String key;
    private final Clock clock;

    SharedOperatingPauses(RedisCommands<String, String> redis, String key, Clock clock) {
        this.redis = redis;
        this.key = key;
        this.clock = clock;
    }

    /**
     * Pauses the method for every replica until then; a longer pause already recorded stays.
     *
     * @return the end of the pause now recorded
     */
    public Instant pauseUntil(String method, Instant until) {
        Long recorded = redis.eval(EXTEND_PAUSE, ScriptOutputType.INTEGER, new String[] { keyOf(method) },
                String.valueOf(until.toEpochMilli()));
        return Instant.ofEpochMilli(recorded);
    }

    /** How long the longest-paused of these methods must still wait, as any replica paused it; zero when all may go. */
    public Duration remaining(Collection<String> methods) {
        if (methods.isEmpty()) {
            return Duration.ZERO;
        }
        long latest = 0;
        for (KeyValue<String, String> pause : redis.mget(methods.stream().map(this::keyOf).toArray(String[]::new))) {
            if (pause.hasValue()) {
                latest = Math.max(latest, Long.parseLong(pause.getValue()));
            }
        }
        Duration left = Duration.between(clock.instant(), Instant.ofEpochMilli(latest));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private String keyOf(String method) {
        return key + ":" + method.toLowerCase(Locale.ROOT);
    }
}
