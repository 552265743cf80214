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

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5: a real {@link RedisServer} for each test class, emptied before each test and stopped after the class.
 *
 * <pre>{@code
 * &#64;RegisterExtension
 * static final RedisServerExtension REDIS = new RedisServerExtension();
 * ... new RedisStateRepository(REDIS.uri()) ...
 * }</pre>
 */
public final class RedisServerExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private RedisServer server;
    /** Nested test classes run inside their enclosing class's lifetime and share its server. */
    private int activeClasses;

    /** {@code redis://127.0.0.1:<port>} of the running server. */
    public synchronized String uri() {
        return server().uri();
    }

    public synchronized RedisServer server() {
        if (server == null) {
            throw new IllegalStateException(
                    "redis-server runs only while a test class runs: register RedisServerExtension "
                                            + "in a static field with @RegisterExtension");
        }
        return server;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (activeClasses == 0) {
            server = RedisServer.start();
        }
        activeClasses++;
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        server().flushAll();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        // JUnit calls this even when beforeAll failed to start the server
        if (activeClasses > 0 && --activeClasses == 0) {
            server.close();
            server = null;
        }
    }
}
