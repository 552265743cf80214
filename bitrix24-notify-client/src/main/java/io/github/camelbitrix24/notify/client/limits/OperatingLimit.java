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
package io.github.camelbitrix24.notify.client.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelbitrix24.notify.client.stats.OperatingPause;

/**
 * The portal's limit on each method's execution time. Every answer reports in {@code time.operating} how many seconds
 * the method has used in the last ten minutes and in {@code time.operating_reset_at} when the oldest of them stop
 * counting. Once a method is over the limit the portal refuses it with 429 OPERATION_TIME_LIMIT; that method is then
 * paused until the reset time of its last answer, while the other methods go on.
 */
public final class OperatingLimit {

    /** How long a method pauses when the portal blocked it and no reset time in the future is known. */
    public static final Duration UNKNOWN_RESET_PAUSE = Duration.ofSeconds(10);
    /** operating_reset_at is rounded down to whole seconds: the reset happens within the second after it. */
    private static final Duration RESET_ROUNDING = Duration.ofSeconds(1);

    /** What the portal last said of one method, and since and until when it is (or was last) paused. */
    private record MethodState(double operatingSeconds, Instant resetAt, Instant pausedSince, Instant pausedUntil) {
    }

    private static final MethodState UNKNOWN = new MethodState(0, Instant.MIN, Instant.MIN, Instant.MIN);

    private final Clock clock;
    private final Map<String, MethodState> methods = new ConcurrentHashMap<>();
    /** Method names as given, to their keys: lower-casing on every answer would cost more than the lookup. */
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    /** Whether the portal ever blocked a method: until then no call needs to look for a pause. */
    private volatile boolean anyBlocked;

    public OperatingLimit(Clock clock) {
        this.clock = clock;
    }

    /** Takes note of the {@code time} figures of a successful answer of the method. */
    public void observe(String method, double operatingSeconds, long resetAtEpochSecond) {
        Instant resetAt = Instant.ofEpochSecond(resetAtEpochSecond);
        methods.merge(key(method), new MethodState(operatingSeconds, resetAt, Instant.MIN, Instant.MIN),
                (known, fresh) -> new MethodState(operatingSeconds, resetAt, known.pausedSince(), known.pausedUntil()));
    }

    /**
     * The portal refused the method with OPERATION_TIME_LIMIT: pauses it until its reset time, or for
     * {@link #UNKNOWN_RESET_PAUSE} when that is not in the future. A refusal during a pause lengthens it, if at all:
     * the pause still began with the first.
     *
     * @return the end of the pause
     */
    public Instant blocked(String method) {
        Instant now = clock.instant();
        anyBlocked = true;
        MethodState state = methods.compute(key(method), (name, known) -> {
            MethodState current = known == null ? UNKNOWN : known;
            Instant reset = current.resetAt().plus(RESET_ROUNDING);
            Instant until = reset.isAfter(now) ? reset : now.plus(UNKNOWN_RESET_PAUSE);
            boolean goingOn = current.pausedUntil().isAfter(now);
            return new MethodState(
                    current.operatingSeconds(), current.resetAt(), goingOn ? current.pausedSince() : now,
                    until.isAfter(current.pausedUntil()) ? until : current.pausedUntil());
        });
        return state.pausedUntil();
    }

    /** How long the longest-paused of these methods must still wait; zero when all may go. */
    public Duration pause(Collection<String> methodNames) {
        if (!anyBlocked) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        Instant latest = now;
        for (String method : methodNames) {
            Instant until = methods.getOrDefault(key(method), UNKNOWN).pausedUntil();
            if (until.isAfter(latest)) {
                latest = until;
            }
        }
        return Duration.between(now, latest);
    }

    /** The method's execution time in the current ten minutes, as last reported; 0 when nothing is known. */
    public double operatingSeconds(String method) {
        return methods.getOrDefault(key(method), UNKNOWN).operatingSeconds();
    }

    /** The methods paused now, by their lower-case names, and until when. */
    public Map<String, Instant> pausedNow() {
        if (!anyBlocked) {
            return Map.of();
        }
        Instant now = clock.instant();
        Map<String, Instant> paused = new TreeMap<>();
        methods.forEach((method, state) -> {
            if (state.pausedUntil().isAfter(now)) {
                paused.put(method, state.pausedUntil());
            }
        });
        return paused;
    }

    /** Each method's last pause, going on or over, by lower-case name; none for the methods never paused. */
    public Map<String, OperatingPause> lastPauses() {
        if (!anyBlocked) {
            return Map.of();
        }
        Map<String, OperatingPause> pauses = new TreeMap<>();
        methods.forEach((method, state) -> {
            if (state.pausedUntil() != Instant.MIN) {
                pauses.put(method, new OperatingPause(state.pausedSince(), state.pausedUntil()));
            }
        });
        return pauses;
    }

    /** Each method's execution time in the current ten minutes, as last reported, by lower-case name. */
    public Map<String, Double> operatingSecondsByMethod() {
        Map<String, Double> seconds = new TreeMap<>();
        methods.forEach((method, state) -> seconds.put(method, state.operatingSeconds()));
        return seconds;
    }

    private String key(String method) {
        return keys.computeIfAbsent(method, name -> name.toLowerCase(Locale.ROOT));
    }
}
