package io.github.camelbitrix24.notify.redis;

import java.time.Clock;
import java.time.Duration;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.apache.camel.Service;

/**
 * Where the replicas of an integration keep each portal's request-rate budget ({@link SharedRateBudget}, a Bucket4j
 * bucket) and its operating pauses ({@link SharedOperatingPauses}): one Redis server they all reach.
 * <p>
 * Keys: {@code <keyPrefix>rate:<portal key>} for the bucket (Bucket4j's state, expiring once the bucket would be full
 * again) and {@code <keyPrefix>pause:<portal key>:<method>} for the pauses.
 * <p>
 * Started and stopped like any Camel service, by whoever uses it; it holds two connections while started. Give it a
 * {@link RedisClient} of your own to share its threads; otherwise it makes one from the URI.
 */
public class RedisRateLimitStore implements Service {

    /** How long an idle portal's bucket stays in Redis after it would be full again: a full bucket needs no key. */
    private static final Duration KEEP_FULL_BUCKET = Duration.ofSeconds(10);

    private String uri;
    private RedisClient client;
    private String keyPrefix = "bitrix24-notify:";

    private final Object lifecycle = new Object();
    private int users;
    private RedisClient ownClient;
    private StatefulRedisConnection<String, byte[]> bucketConnection;
    private volatile StatefulRedisConnection<String, String> pauseConnection;
    private volatile ProxyManager<String> buckets;

    /** For bean configuration: set the URI, or a client, before it starts. */
    public RedisRateLimitStore() {
    }

    /** @param uri the Redis server, e.g. {@code redis://redis:6379} */
    public RedisRateLimitStore(String uri) {
        this.uri = uri;
    }

    /** @param client a client of the application's own, left running when the store stops */
    public RedisRateLimitStore(RedisClient client) {
        this.client = client;
    }

    @Override
    public void start() {
        synchronized (lifecycle) {
            if (users == 0) {
                open();
            }
            users++;
        }
    }

    private void open() {
        RedisClient redis = clientToUse();
        try {
            bucketConnection = redis.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            pauseConnection = redis.connect();
        } catch (RuntimeException e) {
            if (bucketConnection != null) {
                bucketConnection.close();
            }
            shutdownOwnClient();
            throw e;
        }
        buckets = Bucket4jLettuce.casBasedBuilder(bucketConnection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKET))
                .build();
    }

    @Override
    public void stop() {
        synchronized (lifecycle) {
            if (users == 0 || --users > 0) {
                return;
            }
            buckets = null;
            bucketConnection.close();
            pauseConnection.close();
            bucketConnection = null;
            pauseConnection = null;
            shutdownOwnClient();
        }
    }

    private void shutdownOwnClient() {
        if (ownClient != null) {
            ownClient.shutdown();
            ownClient = null;
        }
    }

    private RedisClient clientToUse() {
        if (client != null) {
            return client;
        }
        if (uri == null || uri.isBlank()) {
            throw new IllegalStateException("RedisRateLimitStore needs the Redis server: set its uri (e.g. redis://redis:6379) "
                                            + "or give it a RedisClient");
        }
        ownClient = RedisClient.create(uri);
        return ownClient;
    }

    /**
     * The portal's shared request-rate budget.
     *
     * @param portalKey         the portal, the same on every replica and free of secrets, e.g. its origin
     *                          {@code https://portal.bitrix24.com}
     * @param requestsPerSecond the portal's drain rate
     * @param capacity          the portal's burst, less the caller's headroom
     */
    public SharedRateBudget budget(String portalKey, double requestsPerSecond, int capacity) {
        return new SharedRateBudget(started(), keyPrefix + "rate:" + portalKey, requestsPerSecond, capacity);
    }

    /** The portal's shared operating pauses; see {@link #budget} for the key. */
    public SharedOperatingPauses pauses(String portalKey) {
        started();
        return new SharedOperatingPauses(pauseConnection.sync(), keyPrefix + "pause:" + portalKey, Clock.systemUTC());
    }

    private ProxyManager<String> started() {
        ProxyManager<String> current = buckets;
        if (current == null) {
            throw new IllegalStateException("RedisRateLimitStore is not started: the component starts it; anyone else "
                                            + "using it calls start() first");
        }
        return current;
    }

    public String getUri() {
        return uri;
    }

    /** The Redis server, e.g. {@code redis://redis:6379}; ignored when a client is given. */
    public void setUri(String uri) {
        this.uri = uri;
    }

    public RedisClient getClient() {
        return client;
    }

    /** A client of the application's own, shared with its other Redis users and left running on stop. */
    public void setClient(RedisClient client) {
        this.client = client;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    /** Put before every key; {@code bitrix24-notify:} by default. */
    public void setKeyPrefix(String keyPrefix) {
        this.keyPrefix = keyPrefix == null ? "" : keyPrefix;
    }

    @Override
    public String toString() {
        // the URI may hold a password
        return "RedisRateLimitStore[" + (client != null ? "shared client" : "own client") + ", prefix '" + keyPrefix + "']";
    }
}
