package io.github.camelbitrix24.notify.api.limits;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * The part of a portal's limits that the replicas of an application share, kept in a Bucket4j store (Redis through
 * Lettuce, Hazelcast, Infinispan, a database: any {@link ProxyManager} with string keys). It keeps the portal's
 * leaky bucket as {@link LeakyBucket} does in one JVM, with two Bucket4j buckets:
 * <ul>
 * <li>{@code arrived}: a token bucket refilled greedily at the portal's rate, from which each request takes its token
 * when its answer comes back (it surely arrived by then). The tokens missing are the portal's level, drained at its
 * rate.</li>
 * <li>{@code inFlight}: the requests sent whose answer has not come back, which count whole: one token taken when a
 * request leaves, given back when it lands.</li>
 * </ul>
 * A request leaves when, after taking its in-flight token, the tokens of {@code arrived} still cover every request in
 * flight: the level plus what is in flight stays within the portal's bucket, whichever replica sent what and however
 * late the requests arrive (a cold HTTP client holds its first requests back for hundreds of milliseconds, then lets
 * them go together). A plain token bucket taken when a request leaves cannot say that: it refills while the requests
 * it let go have not yet arrived. The in-flight tokens of a replica killed mid-call come back on their own after
 * {@link #IN_FLIGHT_REPAIR}.
 * <p>
 * The operating-limit pauses: one bucket per method, of one token refilled each millisecond; a pause of d ms puts it
 * d tokens in debt, so every replica finds the method paused until the debt is paid back.
 */
public final class SharedLimits {

    /** How long an in-flight token lost with its replica takes to come back. */
    static final Duration IN_FLIGHT_REPAIR = Duration.ofMinutes(2);
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
    private final Map<String, BucketProxy> pauses = new ConcurrentHashMap<>();

    /**
     * @param store             where the replicas keep the buckets
     * @param portal            the portal's key: its buckets are named after it
     * @param requestsPerSecond the portal's drain rate
     * @param burst             the portal's bucket size
     */
    public SharedLimits(ProxyManager<String> store, String portal, double requestsPerSecond, int burst) {
        this.store = store;
        this.portal = portal;
        this.requestsPerSecond = requestsPerSecond;
        // as LeakyBucket: one request (or 50 ms of the rate) of headroom for the portal's rounding
        this.capacity = Math.max(1, Math.round(burst - Math.max(1, requestsPerSecond * HEADROOM_SECONDS)));
        long tokensPerPeriod = Math.max(1, Math.round(requestsPerSecond * REFILL_PERIOD.toSeconds()));
        BucketConfiguration arrivedConfiguration = BucketConfiguration.builder()
                .addLimit(BandwidthBuilder.builder().capacity(capacity).refillGreedy(tokensPerPeriod, REFILL_PERIOD).build())
                .build();
        BucketConfiguration inFlightConfiguration = BucketConfiguration.builder()
                .addLimit(BandwidthBuilder.builder().capacity(capacity).refillGreedy(capacity, IN_FLIGHT_REPAIR).build())
                .build();
        this.arrived = store.builder().build(PREFIX + portal + ":arrived", () -> arrivedConfiguration);
        this.inFlight = store.builder().build(PREFIX + portal + ":in-flight", () -> inFlightConfiguration);
    }

    /**
     * Takes a place for a request that leaves now: 0 when taken (the request is then in flight until
     * {@link #landed()}), else how many nanoseconds until one may be free.
     */
    public long tryTake() {
        ConsumptionProbe taken = inFlight.tryConsumeAndReturnRemaining(1);
        if (!taken.isConsumed()) {
            return RETRY_NANOS;
        }
        long flying = capacity - Math.max(0, taken.getRemainingTokens());
        long room = arrived.getAvailableTokens();
        if (room >= flying) {
            return 0;
        }
        inFlight.addTokens(1);
        long missing = flying - room;
        return Math.max(RETRY_NANOS, (long) Math.ceil(missing / requestsPerSecond * 1e9));
    }

    /** A request taken by {@link #tryTake()} landed: it no longer flies, and it arrived at the portal. */
    public void landed() {
        // the arrival first: for a moment the request counts twice, never not at all
        arrived.consumeIgnoringRateLimits(1);
        inFlight.addTokens(1);
    }

    /** The portal answered 503: its bucket is full, for every replica. */
    public void overflowed() {
        arrived.tryConsumeAsMuchAsPossible();
    }

    /** Pauses the method for every replica. */
    public void pause(String method, Duration pause) {
        long millis = pause.toMillis();
        if (millis > 0) {
            pauseOf(method).consumeIgnoringRateLimits(millis + 1);
        }
    }

    /** How many nanoseconds calls of the method must still wait for a pause any replica saw; 0 to go. */
    public long pauseNanos(String method) {
        EstimationProbe probe = pauseOf(method).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private BucketProxy pauseOf(String method) {
        return pauses.computeIfAbsent(method.toLowerCase(Locale.ROOT),
                key -> store.builder().build(PREFIX + portal + ":pause:" + key, () -> PAUSE));
    }
}
