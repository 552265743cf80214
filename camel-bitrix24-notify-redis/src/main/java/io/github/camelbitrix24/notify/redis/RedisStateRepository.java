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

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.apache.camel.Service;
import org.apache.camel.spi.StateRepository;

/**
 * A Camel {@link StateRepository} kept in Redis, for the consumer's {@code stateRepository} option: every replica of an
 * integration reads and writes the same cursor, so the replica that takes over a {@code master:} route resumes right
 * after the last notification the previous leader delivered.
 *
 * <pre>{@code
 * RedisStateRepository inboxState = new RedisStateRepository("redis://redis:6379");
 * context.getRegistry().bind("inboxState", inboxState);
 * from("master:bitrix24-inbox:bitrix24-notify:get?stateRepository=#inboxState").routeId("inbox")...
 * }</pre>
 *
 * Each value is one Redis string under {@code keyPrefix + key}; the consumer's key is {@code bitrix24-notify:ROUTE_ID}.
 * Writes are synchronous: when {@link #setState} returns, Redis has the value.
 * <p>
 * Every consumer using it starts it and stops it with itself, and routes may share one repository: it holds a Redis
 * connection while at least one of them runs. Give it a {@link RedisClient} of your own to share the client's threads
 * with other Redis users; otherwise it makes one from {@link #setUri the URI} and shuts it down with the connection.
 */
public class RedisStateRepository extends RedisBackedService implements StateRepository<String, String>, Service {

    private final Object lifecycle = new Object();
    /** The consumers (and anyone else) that started it and have not stopped it yet. */
    private int users;
    private volatile StatefulRedisConnection<String, String> connection;

    /** For bean configuration: set the URI, or a client, before it starts. */
    public RedisStateRepository() {
    }

    /** @param uri the Redis server, e.g. {@code redis://redis:6379} or {@code redis://:password@redis:6379/2} */
    public RedisStateRepository(String uri) {
        super(uri);
    }

    /** @param client a client of the application's own, left running when the repository stops */
    public RedisStateRepository(RedisClient client) {
        super(client);
    }

    @Override
    public void start() {
        synchronized (lifecycle) {
            if (users == 0) {
                RedisClient redis = openClient();
                try {
                    connection = redis.connect();
                } catch (RuntimeException e) {
                    closeOwnClient();
                    throw e;
                }
            }
            users++;
        }
    }

    @Override
    public void stop() {
        synchronized (lifecycle) {
            if (users == 0 || --users > 0) {
                return;
            }
            connection.close();
            connection = null;
            closeOwnClient();
        }
    }

    @Override
    public void setState(String key, String value) {
        connection().sync().set(getKeyPrefix() + key, value);
    }

    @Override
    public String getState(String key) {
        return connection().sync().get(getKeyPrefix() + key);
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null) {
            throw new IllegalStateException(
                    "RedisStateRepository is not started: the consumer starts it; anyone else "
                                            + "using it calls start() first");
        }
        return current;
    }
}
