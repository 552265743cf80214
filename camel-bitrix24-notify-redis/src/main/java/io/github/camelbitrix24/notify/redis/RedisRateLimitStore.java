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
package io.github.camelbitrix24.notify.redis;

import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.camelbitrix24.notify.client.config.Bucket4jLimitsStore;
import io.github.camelbitrix24.notify.client.config.SharedLimits;
import io.github.camelbitrix24.notify.client.config.SharedLimitsStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.apache.camel.Service;

/**
 * The shared-limits store on Redis for the component's {@code rateLimitStore} option: the replicas of an integration
 * that name it keep each portal's request rate and operating pauses together in one Redis server
 * ({@code rateLimitStore=#redisRateLimitStore}). It is Bucket4j's own Lettuce store, a {@link ProxyManager} with string
 * keys, kept as a {@link Bucket4jLimitsStore} keeps any other (Hazelcast, Infinispan, JDBC), so the component needs
 * nothing of Redis nor of Bucket4j.
 * <p>
 * Keys: {@code <keyPrefix>bitrix24-notify:<portal>:...}, Bucket4j's state, expiring once a bucket would be full again.
 * It connects on first use (or {@link #start()}) and holds one connection until {@link #stop()}. Give it a
 * {@link RedisClient} of your own to share its threads; otherwise it makes one from the URI.
 */
public class RedisRateLimitStore extends RedisBackedService implements SharedLimitsStore, ProxyManager<String>, Service {

    /** How long an idle portal's bucket stays in Redis after it would be full again: a full bucket needs no key. */
    private static final Duration KEEP_FULL_BUCKET = Duration.ofSeconds(10);

    private final Object lifecycle = new Object();
    private StatefulRedisConnection<String, byte[]> connection;
    private volatile ProxyManager<String> buckets;

    /** For bean configuration: set the URI, or a client, before it starts. */
    public RedisRateLimitStore() {
    }

    /** @param uri the Redis server, e.g. {@code redis://redis:6379} */
    public RedisRateLimitStore(String uri) {
        super(uri);
    }

    /** @param client a client of the application's own, left running when the store stops */
    public RedisRateLimitStore(RedisClient client) {
        super(client);
    }

    @Override
    public void start() {
        buckets();
    }

    /** The Lettuce store, connected on first use. */
    private ProxyManager<String> buckets() {
        ProxyManager<String> current = buckets;
        if (current != null) {
            return current;
        }
        synchronized (lifecycle) {
            if (buckets == null) {
                RedisClient redis = openClient();
                try {
                    connection = redis.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                } catch (RuntimeException e) {
                    closeOwnClient();
                    throw e;
                }
                ProxyManager<String> lettuce = Bucket4jLettuce.casBasedBuilder(connection)
                        .expirationAfterWrite(
                                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKET))
                        .build();
                String prefix = getKeyPrefix();
                buckets = prefix.isEmpty() ? lettuce : lettuce.withMapper((String key) -> prefix + key);
            }
            return buckets;
        }
    }

    @Override
    public void stop() {
        synchronized (lifecycle) {
            if (buckets == null) {
                return;
            }
            buckets = null;
            connection.close();
            connection = null;
            closeOwnClient();
        }
    }

    @Override
    public SharedLimits limitsOf(String portal, double requestsPerSecond, int burst) {
        return new Bucket4jLimitsStore(this).limitsOf(portal, requestsPerSecond, burst);
    }

    @Override
    public RemoteBucketBuilder<String> builder() {
        return buckets().builder();
    }

    @Override
    public Optional<BucketConfiguration> getProxyConfiguration(String key) {
        return buckets().getProxyConfiguration(key);
    }

    @Override
    public void removeProxy(String key) {
        buckets().removeProxy(key);
    }

    @Override
    public boolean isAsyncModeSupported() {
        return buckets().isAsyncModeSupported();
    }

    @Override
    public AsyncProxyManager<String> asAsync() {
        return buckets().asAsync();
    }
}
