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
package io.github.camelbitrix24.notify.client.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * The part of a portal's limits that the replicas of an application share, kept in a Bucket4j store (Redis through
 * Lettuce, Hazelcast, Infinispan, a database: any {@link ProxyManager} with string keys). It keeps the portal's leaky
 * bucket as the client's own does in one JVM, with two Bucket4j buckets (and a third, {@code clip}, the turn to date an
 * arrival; see {@link #landed(long)}):
 * <ul>
 * <li>{@code arrived}: the portal's free room, refilled greedily at its rate, from which each request takes its token
 * when its answer comes back (it surely arrived by then), dated back to its arrival at the latest (its answer's
 * duration before). The tokens missing under its capacity (the portal's bucket less the headroom) are the portal's
 * level, drained at its rate. Above that capacity the bucket goes on filling for up to a minute, so that its excess
 * tells how long the portal has stood empty: a request answered late that arrived in that time drains from its arrival,
 * not from its answer. Without it, the first burst of a cold start counts only once its slow answers come back, and the
 * portal's drain during those seconds is lost to every replica.</li>
 * <li>{@code inFlight}: the requests sent whose answer has not come back, which count whole: one token taken when a
 * request leaves, given back when it lands.</li>
 * </ul>
 * A request leaves when, after taking its in-flight token, the tokens of {@code arrived} still cover every request in
 * flight: the level plus what is in flight stays within the portal's bucket, whichever replica sent what and however
 * late the requests arrive (a cold HTTP client holds its first requests back for hundreds of milliseconds, then lets
 * them go together). A plain token bucket taken when a request leaves cannot say that: it refills while the requests it
 * let go have not yet arrived. The in-flight tokens of a replica killed mid-call come back on their own after
 * {@link #IN_FLIGHT_REPAIR}.
 * <p>
 * The operating-limit pauses: one bucket per method, of one token refilled each millisecond; a pause of d ms puts it d
 * tokens in debt, so every replica finds the method paused until the debt is paid back.
 */
final class Bucket4jSharedLimits implements SharedLimits {

    /** How long the {@code arrived} bucket remembers that the portal stood empty, as tokens above its capacity. */
    static final Duration EMPTY_MEMORY = Duration.ofSeconds(60);
    /** How long the turn to take the excess of {@code arrived} lasts, if its holder never gives it back. */
    static final Duration CLIP_LEASE = Duration.ofSeconds(1);
    /** How long an in-flight token lost with its replica takes to come back. */
    static final Duration IN_FLIGHT_REPAIR = Duration.ofMinutes(2);
    /** The turn to take the excess of {@code arrived}: one token, back by itself after {@link #CLIP_LEASE}. */
    static final BucketConfiguration CLIP = BucketConfiguration.builder()
            .addLimit(BandwidthBuilder.builder().capacity(1).refillGreedy(1, CLIP_LEASE).build())
            .build();

    /** How long a landing waits for the turn: past the lease, so that only a holder alive but stalled outlasts it. */
    private static final long CLIP_WAIT_NANOS = CLIP_LEASE.plusMillis(100).toNanos();
    private static final long CLIP_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** How soon a request that found the in-flight requests of other replicas in the way asks again. */
    private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final String PREFIX = "bitrix24-notify:";
    /** The rate bucket refills this many tokens per this period, so that fractional rates keep their precision. */
    private static final Duration REFILL_PERIOD = Duration.ofSeconds(1000);
    private static final double HEADROOM_SECONDS = 0.05;
    private static final BucketConfiguration PAUSE = BucketConfiguration.builder()
            .addLimit(BandwidthBuilder.builder().capacity(1).refillGreedy(1, Duration.ofMillis(1)).build())
            .build();

    private final ProxyManager<String> store;
    private final String portal;
    private final double requestsPerSecond;
    private final long capacity;
    private final BucketProxy arrived;
    private final BucketProxy inFlight;
    private final BucketProxy clip;
    private final Map<String, BucketProxy> pauses = new ConcurrentHashMap<>();

    /**
     * @param store             where the replicas keep the buckets
     * @param portal            the portal's key: its buckets are named after it
     * @param requestsPerSecond the portal's drain rate
     * @param burst             the portal's bucket size
     */
    Bucket4jSharedLimits(ProxyManager<String> store, String portal, double requestsPerSecond, int burst) {
        this.store = store;
        this.portal = portal;
        this.requestsPerSecond = requestsPerSecond;
        // as LeakyBucket: one request (or 50 ms of the rate) of headroom for the portal's rounding
        this.capacity = Math.max(1, Math.round(burst - Math.max(1, requestsPerSecond * HEADROOM_SECONDS)));
        long tokensPerPeriod = Math.max(1, Math.round(requestsPerSecond * REFILL_PERIOD.toSeconds()));
        long memory = Math.max(1, Math.round(requestsPerSecond * EMPTY_MEMORY.toSeconds()));
        BucketConfiguration arrivedConfiguration = BucketConfiguration.builder()
                .addLimit(BandwidthBuilder.builder().capacity(capacity + memory).refillGreedy(tokensPerPeriod, REFILL_PERIOD)
                        .build())
                .build();
        BucketConfiguration inFlightConfiguration = BucketConfiguration.builder()
                .addLimit(BandwidthBuilder.builder().capacity(capacity).refillGreedy(capacity, IN_FLIGHT_REPAIR).build())
                .build();
        // a bucket keeps the configuration it was made with while it lives in the store: the rate and the size in its
        // name, so that replicas restarted with the portal's new plan do not go on with the old buckets
        String rateKey = PREFIX + portal + ":" + BigDecimal.valueOf(requestsPerSecond).stripTrailingZeros().toPlainString()
                         + "/s:" + burst;
        this.arrived = store.builder().build(rateKey + ":arrived", () -> arrivedConfiguration);
        this.inFlight = store.builder().build(rateKey + ":in-flight", () -> inFlightConfiguration);
        this.clip = store.builder().build(rateKey + ":clip", () -> CLIP);
    }

    @Override
    public long tryTake() {
        ConsumptionProbe taken = inFlight.tryConsumeAndReturnRemaining(1);
        if (!taken.isConsumed()) {
            return RETRY_NANOS;
        }
        try {
            long inFlightNow = capacity - Math.max(0, taken.getRemainingTokens());
            long room = Math.min(capacity, arrived.getAvailableTokens());
            if (room >= inFlightNow) {
                return 0;
            }
            inFlight.addTokens(1);
            long missing = inFlightNow - room;
            return Math.max(RETRY_NANOS, (long) Math.ceil(missing / requestsPerSecond * 1e9));
        } catch (RuntimeException storeFailed) {
            giveBackQuietly();
            throw storeFailed;
        }
    }

    @Override
    public void landed(long lateNanos) {
        // the arrival first: for a moment the request counts twice, never not at all; should the store fail between
        // the two, the in-flight token comes back within IN_FLIGHT_REPAIR
        takeArrival((long) Math.floor(requestsPerSecond * Math.max(0, lateNanos) / 1e9));
        inFlight.addTokens(1);
    }

    /**
     * Dates an arrival as a leaky bucket does: a request that arrived while the portal was busy queued behind its level
     * and counts whole; one that found it empty drains from its arrival. The tokens of {@code arrived} above its
     * capacity say since when the portal stands empty, and those from before the arrival are taken with it. Taking them
     * is read then write, so one replica at a time does it, holding {@code clip}: two landings at once would each take
     * the same excess, and the portal would count as full for as long as it had stood empty. A landing waits for its
     * turn (a few milliseconds when the first answers of a burst land together) until the lease of a replica killed
     * while holding it is over.
     *
     * @param drainedSince how many requests the portal drained since the request arrived, if it found it empty
     */
    private void takeArrival(long drainedSince) {
        long deadline = System.nanoTime() + CLIP_WAIT_NANOS;
        do {
            if (excessBefore(drainedSince) <= 0) {
                // the portal was busy when the request arrived, or another landing took the excess: it queued
                arrived.consumeIgnoringRateLimits(1);
                return;
            }
            if (clip.tryConsume(1)) {
                try {
                    arrived.consumeIgnoringRateLimits(1 + Math.max(0, excessBefore(drainedSince)));
                    return;
                } finally {
                    clip.addTokens(1);
                }
            }
            LockSupport.parkNanos(CLIP_RETRY_NANOS);
        } while (System.nanoTime() - deadline < 0);
        // the turn never came (its holder stalled past its lease): take the excess read, but leave the bucket no lower
        // than empty, as after a 503; taking too much only counts the level too high
        long excess = excessBefore(drainedSince);
        arrived.consumeIgnoringRateLimits(1);
        if (excess > 0) {
            arrived.tryConsumeAsMuchAsPossible(excess);
        }
    }

    /** The tokens of {@code arrived} that say the portal stood empty before the request arrived; 0 or less if not. */
    private long excessBefore(long drainedSince) {
        return arrived.getAvailableTokens() - capacity - drainedSince;
    }

    @Override
    public void overflowed() {
        arrived.tryConsumeAsMuchAsPossible();
    }

    @Override
    public void pause(String method, Duration pause) {
        long millis = pause.toMillis();
        if (millis > 0) {
            pauseOf(method).consumeIgnoringRateLimits(millis + 1);
        }
    }

    @Override
    public long pauseNanos(String method) {
        EstimationProbe probe = pauseOf(method).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private void giveBackQuietly() {
        try {
            inFlight.addTokens(1);
        } catch (RuntimeException alsoFailed) {
            // it comes back by itself within IN_FLIGHT_REPAIR
        }
    }

    private BucketProxy pauseOf(String method) {
        return pauses.computeIfAbsent(method.toLowerCase(Locale.ROOT),
                key -> store.builder().build(PREFIX + portal + ":pause:" + key, () -> PAUSE));
    }
}
