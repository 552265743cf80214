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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.github.camelbitrix24.notify.client.call.CallTime;
import io.github.camelbitrix24.notify.client.call.DelayedSteps;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.call.RequestKind;
import io.github.camelbitrix24.notify.client.config.SharedLimits;
import io.github.camelbitrix24.notify.client.stats.LimiterView;
import io.github.camelbitrix24.notify.client.stats.OperatingPause;
import io.github.camelbitrix24.notify.client.stats.PortalCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that limits the calls to one portal, shared by every endpoint, producer and consumer of that portal: the
 * request rate ({@link LeakyBucket}) and each method's execution time ({@link OperatingLimit}). A call asks "may I go,
 * and when?" and tells what the portal answered. What they hold now is read through {@link LimiterView}.
 */
public final class PortalLimits implements LimiterView {

    private static final Logger LOG = LoggerFactory.getLogger(PortalLimits.class);

    private final String portal;
    private final LeakyBucket bucket;
    /** The portal's clock, on which the bucket counts. */
    private final PortalClock portalClock;
    private final RateQueue queue;
    private final OperatingLimit operating;
    /** What the replicas share of these limits; null when this JVM keeps them alone. */
    private final SharedLimits shared;
    private final LongSupplier nanoTime;
    private final Clock clock;
    private final DelayedSteps steps;
    private final PortalCounters stats;
    /** The methods whose pause was logged as begun and not yet as over. */
    private final Set<String> pausesLogged = ConcurrentHashMap.newKeySet();

    /**
     * @param portal            the portal, for log lines
     * @param requestsPerSecond the portal's drain rate; 0 for no request-rate limit
     * @param burst             the portal's bucket size
     * @param steps             where requests wait for their place
     * @param stats             what the portal's calls did, which these limits count in and show through
     * @param shared            the rate and pauses shared with other replicas, or null
     */
    public PortalLimits(String portal, double requestsPerSecond, int burst, Clock clock, LongSupplier nanoTime,
                        DelayedSteps steps, PortalCounters stats, SharedLimits shared) {
        this.portal = portal;
        this.nanoTime = nanoTime;
        this.clock = clock;
        this.steps = steps;
        this.stats = stats;
        Instant wallClock = clock.instant();
        this.portalClock = PortalClock.ofClientWallClock(
                wallClock.getEpochSecond() * 1_000_000_000L + wallClock.getNano(), nanoTime.getAsLong());
        this.bucket = requestsPerSecond > 0
                ? new LeakyBucket(requestsPerSecond, burst, portalClock.portalNanos(nanoTime.getAsLong())) : null;
        this.shared = shared;
        this.queue = bucket == null ? null : new RateQueue(bucket, shared, nanoTime, portalClock, steps);
        this.operating = new OperatingLimit(clock);
        stats.limiter(this);
    }

    public static PortalLimits systemClock(
            String portal, double requestsPerSecond, int burst, DelayedSteps steps,
            PortalCounters stats, SharedLimits shared) {
        return new PortalLimits(
                portal, requestsPerSecond, burst, Clock.systemUTC(), System::nanoTime, steps, stats,
                shared);
    }

    /** Whether these limits are the ones asked for, so that endpoints of one portal cannot disagree unnoticed. */
    public boolean hasRate(double requestsPerSecond, int burst) {
        if (bucket == null) {
            return !(requestsPerSecond > 0);
        }
        return bucket.requestsPerSecond() == requestsPerSecond && bucket.burst() == burst;
    }

    /**
     * How many nanoseconds calls of these methods must still wait for the portal to unblock them; 0 to go.
     *
     * @throws PortalException RATE_LIMIT_STORE_UNAVAILABLE when the pauses shared with other replicas cannot be read
     */
    public long operatingPauseNanos(Collection<String> methods) {
        long pause = operating.pause(methods).toNanos();
        if (shared != null) {
            for (String method : methods) {
                pause = Math.max(pause, shared.pauseNanos(method));
            }
        }
        return pause;
    }

    /**
     * Takes a place in the request rate if one is free now and nobody waits for one.
     *
     * @throws PortalException RATE_LIMIT_STORE_UNAVAILABLE when the rate shared with other replicas cannot be read
     */
    public boolean tryLeaveNow() {
        return queue == null || queue.tryLeaveNow();
    }

    /**
     * Waits for a place in the request rate: {@code leave} runs once the request has it, or {@code abandon} when the
     * client closes first. Sends give way to every other waiting request.
     */
    public void awaitPlace(boolean send, Runnable leave, Consumer<PortalException> abandon) {
        if (queue == null) {
            leave.run();
        } else {
            queue.enter(send, leave, abandon);
        }
    }

    /**
     * A request that had its place was handed to the HTTP client now. This time, after the client's own work on the
     * request (its JSON, a cold JIT), is what {@code time.start} is measured against: taken too late it only makes the
     * portal's clock seem earlier, which is the safe side; taken before that work, the work of a cold burst would count
     * as the way to the portal, and a later request, faster, would arrive before the time the limits expect.
     *
     * @return when it left, to give back to {@link #landed}
     */
    public long leaving() {
        stats.requestSent();
        return nanoTime.getAsLong();
    }

    /**
     * A batch of this many commands that had its place was handed to the HTTP client now, as {@link #leaving}.
     *
     * @return when it left, to give back to {@link #landed}
     */
    public long batchLeaving(int commands) {
        stats.requestSent();
        stats.batchSent(commands);
        return nanoTime.getAsLong();
    }

    /**
     * The answer (or the failure) of a request that had its place came back, so the bucket may drain it from its
     * arrival on: when the portal started on it by its own clock ({@code time.start}); the answer also teaches the
     * offset between the clocks ({@link PortalClock}). Without it, the arrival is at the latest its reported duration
     * before now.
     *
     * @param sentNanos when the request left, as {@link #leaving} said
     * @param failure   null when the portal answered the request (a batch whose commands failed included)
     */
    public void landed(long sentNanos, CallTime time, PortalException failure) {
        stats.requestEnded(failure);
        if (queue != null) {
            long now = nanoTime.getAsLong();
            long arrived;
            if (time.isDatedByThePortal()) {
                arrived = time.startEpochNanos();
                synchronized (bucket) {
                    long change = portalClock.observe(sentNanos, arrived, time.finishEpochNanos(), time.receivedNanos(),
                            now);
                    if (change != 0) {
                        // what was dated on the stand-in clock keeps its place in time
                        bucket.shift(change);
                    }
                }
            } else {
                // the portal started on the request at least its reported duration before its answer came back
                arrived = portalClock.portalNanos(now) - time.durationNanos();
            }
            queue.landed(portalClock.portalNanos(now), arrived);
        }
    }

    /** The offset from the client's clock to the portal's the limits count on (portal time = client time + it). */
    public Duration portalClockOffset() {
        return Duration.ofNanos(portalClock.offset() - portalClock.standInOffset());
    }

    /** Takes note of what a method's requests are: the portal's health counts the pauses of the sends. */
    public void methodIs(String method, RequestKind kind) {
        stats.methodIs(method, kind);
    }

    /** Takes note of the operating figures the portal answered for a call of the method. */
    public void answered(String method, CallTime time) {
        if (time.isKnown()) {
            operating.observe(method, time.operatingSeconds(), time.operatingResetAt());
        }
    }

    /** The portal answered QUERY_LIMIT_EXCEEDED: its bucket is full, the next requests wait for it to drain. */
    public void queryLimitExceeded() {
        stats.queryLimitExceeded();
        if (bucket != null) {
            bucket.overflowed(portalClock.portalNanos(nanoTime.getAsLong()));
        }
        if (shared != null) {
            shared.overflowed();
        }
    }

    /**
     * The portal blocked the method with OPERATION_TIME_LIMIT: it pauses until the portal lets it run again. One line
     * says when a pause begins and one when it is over, however many refusals (a whole batch's) it took.
     */
    public void operationTimeLimitExceeded(String method) {
        stats.operationTimeLimit();
        Instant until = operating.blocked(method);
        if (shared != null) {
            shared.pause(method, Duration.between(clock.instant(), until));
        }
        String key = method.toLowerCase(Locale.ROOT);
        if (pausesLogged.add(key)) {
            LOG.info("{} refused {} for its operating time ({} s used in ten minutes): calls of {} pause until {}", portal,
                    method, operating.operatingSeconds(method), method, until);
            logWhenOver(method, key, until);
        }
    }

    private void logWhenOver(String method, String key, Instant until) {
        long nanos = Math.max(0, Duration.between(clock.instant(), until).toNanos());
        steps.schedule(() -> {
            Instant later = operating.pausedNow().get(key);
            if (later != null) {
                logWhenOver(method, key, later);
                return;
            }
            pausesLogged.remove(key);
            LOG.info("{}: the pause of {} for its operating time is over, its calls go on", portal, method);
        }, nanos, "the end of a pause of " + method, stopped -> pausesLogged.remove(key));
    }

    @Override
    public double requestsPerSecond() {
        return bucket == null ? 0 : bucket.requestsPerSecond();
    }

    @Override
    public int burst() {
        return bucket == null ? 0 : bucket.burst();
    }

    @Override
    public double bucketLevel() {
        return bucket == null ? 0 : bucket.level(portalClock.portalNanos(nanoTime.getAsLong()));
    }

    @Override
    public int requestsInFlight() {
        return bucket == null ? 0 : bucket.inFlight();
    }

    @Override
    public int requestsWaiting() {
        return queue == null ? 0 : queue.waiting();
    }

    @Override
    public Duration oldestWait() {
        return queue == null ? Duration.ZERO : Duration.ofNanos(queue.oldestWaitNanos());
    }

    @Override
    public Map<String, Instant> pausedUntil() {
        return operating.pausedNow();
    }

    @Override
    public Map<String, OperatingPause> lastPauses() {
        return operating.lastPauses();
    }

    @Override
    public Map<String, Double> operatingSeconds() {
        return operating.operatingSecondsByMethod();
    }
}
