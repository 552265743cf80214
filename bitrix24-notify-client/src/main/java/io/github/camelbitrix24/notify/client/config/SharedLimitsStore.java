package io.github.camelbitrix24.notify.client.config;

/**
 * Where the replicas of an application keep each portal's shared limits (the component's {@code rateLimitStore}):
 * {@link Bucket4jLimitsStore} over any Bucket4j store with string keys (Redis, Hazelcast, Infinispan, a database), or
 * a store of the application's own. Without one, each JVM keeps the portal's limit alone.
 */
public interface SharedLimitsStore {

    /**
     * The limits the replicas share for one portal at its rate: replicas asking for the same portal, rate and bucket
     * size share one budget.
     *
     * @param portal            the portal's key, e.g. its URL
     * @param requestsPerSecond the portal's drain rate, above 0
     * @param burst             the portal's bucket size
     */
    SharedLimits limitsOf(String portal, double requestsPerSecond, int burst);
}
