package io.github.camelbitrix24.notify.redis;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * One portal's request-rate budget, shared by every replica that reaches the portal: a Bucket4j bucket kept by a
 * {@link ProxyManager} (Redis through {@link RedisRateLimitStore}, or Bucket4j's Hazelcast, Infinispan or JDBC proxy
 * managers), under the portal's key.
 * <p>
 * The portal's limit is a leaky bucket counted on arrival that drains continuously; a token bucket of the same
 * capacity refilled greedily at the same rate is its mirror image (tokens = capacity - level), so Bucket4j holds
 * it as it is. What Bucket4j counts is the moment a replica takes a place, which is earlier than the request's
 * arrival at the portal: the caller keeps a headroom for that in {@code capacity} (see the guide's
 * <i>Running several replicas</i>).
 */
public final class SharedRateBudget {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final BucketProxy bucket;

    /**
     * @param buckets           where the bucket lives; every replica must use the same store
     * @param key               the portal's key in the store, the same on every replica
     * @param requestsPerSecond the portal's drain rate
     * @param capacity          how many requests may go at once from a full budget: the portal's burst, less the
     *                          caller's headroom
     */
    public SharedRateBudget(ProxyManager<String> buckets, String key, double requestsPerSecond, int capacity) {
        if (!(requestsPerSecond > 0) || capacity < 1) {
            throw new IllegalArgumentException("The request rate and the capacity must be positive, got " + requestsPerSecond
                                               + "/s and " + capacity);
        }
        BucketConfiguration configuration = configuration(requestsPerSecond, capacity);
        this.bucket = buckets.builder().build(key, () -> configuration);
    }

    /**
     * A bucket of {@code capacity} tokens that gets one back every 1/rate seconds, as soon as it is due (greedy):
     * the portal's bucket drains one request in the same time.
     */
    static BucketConfiguration configuration(double requestsPerSecond, int capacity) {
        Duration perToken = Duration.ofNanos(Math.round(NANOS_PER_SECOND / requestsPerSecond));
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(1, perToken))
                .build();
    }

    /**
     * Takes a place for one request if the shared budget has one now.
     *
     * @return 0 when the place was taken; otherwise how many nanoseconds until one is due (another replica may take
     *         it first, so ask again then)
     */
    public long tryTake() {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    /**
     * The portal answered QUERY_LIMIT_EXCEEDED: its bucket is full, whatever the budget counted (a client outside the
     * store shares the portal), so every replica waits for it to drain.
     */
    public void overflowed() {
        bucket.tryConsumeAsMuchAsPossible();
    }

    /** A place taken by {@link #tryTake} that no request used after all (the client closed first). */
    public void giveBack() {
        bucket.addTokens(1);
    }

    /** How many places the budget has now, for monitoring. */
    public long available() {
        return bucket.getAvailableTokens();
    }
}
