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

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.TimeoutOptions;

/**
 * What the Redis stores of this module share: which server (a URI, or a {@link RedisClient} of the application's own,
 * left running), the client made from the URI and shut down again, and the prefix put before every key.
 */
public abstract class RedisBackedService {

    /**
     * How long a command may take when the URI does not say ({@code ?timeout=5s}): Lettuce's own 60 s would hold every
     * call of the portal that long when the server hangs.
     */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);

    private String uri;
    private RedisClient client;
    private String keyPrefix = "";
    private RedisClient ownClient;

    protected RedisBackedService() {
    }

    protected RedisBackedService(String uri) {
        this.uri = uri;
    }

    protected RedisBackedService(RedisClient client) {
        this.client = client;
    }

    /** The application's client, or one made from the URI; call under the subclass's lifecycle lock. */
    protected RedisClient openClient() {
        if (client != null) {
            return client;
        }
        if (uri == null || uri.isBlank()) {
            throw new IllegalStateException(
                    getClass().getSimpleName() + " needs the Redis server: set its uri (e.g. "
                                            + "redis://redis:6379) or give it a RedisClient");
        }
        ownClient = RedisClient.create(uri);
        ownClient.setOptions(ClientOptions.builder()
                // a call waits for its place in Redis: without the server it fails at once rather than queue until
                // Lettuce reconnects
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(uri.contains("timeout=")
                        ? TimeoutOptions.enabled()
                        : TimeoutOptions.enabled(DEFAULT_COMMAND_TIMEOUT))
                .build());
        return ownClient;
    }

    /** Shuts down the client made from the URI, if any; the application's own stays running. */
    protected void closeOwnClient() {
        if (ownClient != null) {
            ownClient.shutdown();
            ownClient = null;
        }
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

    /** Put before every key, e.g. {@code staging:} when several environments share one Redis; empty by default. */
    public void setKeyPrefix(String keyPrefix) {
        this.keyPrefix = keyPrefix == null ? "" : keyPrefix;
    }

    @Override
    public String toString() {
        // the URI may hold a password
        return getClass().getSimpleName() + "[" + (client != null ? "shared client" : "own client") + ", prefix '"
               + keyPrefix + "']";
    }
}
