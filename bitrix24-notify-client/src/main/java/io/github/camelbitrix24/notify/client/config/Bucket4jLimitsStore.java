package io.github.camelbitrix24.notify.client.config;

import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Shared limits in a Bucket4j store: any {@link ProxyManager} with string keys (Lettuce's on Redis, Hazelcast,
 * Infinispan, JDBC). Bucket4j is an optional dependency of the client: an application that names this store brings
 * {@code bucket4j_jdk17-core} and the Bucket4j module of its store.
 * <p>
 * Keys: {@code bitrix24-notify:<portal>:...}, in whatever namespace the {@code ProxyManager} maps them to.
 */
public final class Bucket4jLimitsStore implements SharedLimitsStore {

    private final ProxyManager<String> buckets;

    /** @param buckets the Bucket4j store the replicas share */
    public Bucket4jLimitsStore(ProxyManager<String> buckets) {
        this.buckets = buckets;
    }

    @Override
    public SharedLimits limitsOf(String portal, double requestsPerSecond, int burst) {
        return new Bucket4jSharedLimits(buckets, portal, requestsPerSecond, burst);
    }
}
