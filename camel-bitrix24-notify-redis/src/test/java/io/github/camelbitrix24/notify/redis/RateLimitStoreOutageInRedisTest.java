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
import java.util.List;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared rate budget in a real redis-server that hangs, then dies: a send fails, not sent, with
 * RATE_LIMIT_STORE_UNAVAILABLE, within the store's command timeout (not Lettuce's minute) while it hangs and at once
 * once it is gone, and goes again when the server answers again. Each test has a server of its own, which it stops.
 */
class RateLimitStoreOutageInRedisTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final String SEND = "bitrix24-notify:notify?userId=3";

    @BeforeEach
    void emptyThePortal() {
        PORTAL.sandbox().reset();
    }

    @Test
    void aHungServerFailsSendsWithinTheCommandTimeoutAndTheyGoAgainWhenItAnswers() throws Exception {
        try (RedisServer redis = RedisServer.start(); RedisRateLimitStore store = started(redis);
             CamelContext context = replica(store)) {
            ProducerTemplate template = context.createProducerTemplate();
            template.requestBody(SEND, "before");

            redis.suspend();
            long start = System.nanoTime();
            Exchange refused = template.request(SEND, exchange -> exchange.getMessage().setBody("while it hangs"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            redis.resume();

            assertRefused(refused);
            // the store's two-second command timeout, once or twice (the in-flight token, then the pauses), not a minute
            assertThat(took).isLessThan(Duration.ofSeconds(15));
            template.requestBody(SEND, "after");
            assertThat(texts()).containsExactlyInAnyOrder("before", "after");
        }
    }

    @Test
    void aServerThatIsGoneFailsSendsAtOnce() throws Exception {
        RedisServer redis = RedisServer.start();
        try (RedisRateLimitStore store = started(redis); CamelContext context = replica(store)) {
            ProducerTemplate template = context.createProducerTemplate();
            template.requestBody(SEND, "before");

            redis.close();
            Exchange refused = template.request(SEND, exchange -> exchange.getMessage().setBody("while it is gone"));

            assertRefused(refused);
            assertThat(texts()).containsExactly("before");
        } finally {
            redis.close();
        }
    }

    private static void assertRefused(Exchange refused) {
        assertThat(refused.getException()).isInstanceOfSatisfying(Bitrix24NotifyException.class, failure -> {
            assertThat(failure.getErrorCode()).isEqualTo(Bitrix24NotifyException.RATE_LIMIT_STORE_UNAVAILABLE);
            assertThat(failure.getOutcome()).isEqualTo(Outcome.NOT_SENT);
        });
    }

    private static RedisRateLimitStore started(RedisServer redis) {
        RedisRateLimitStore store = new RedisRateLimitStore(redis.uri());
        store.start();
        return store;
    }

    private static CamelContext replica(RedisRateLimitStore store) {
        Bitrix24NotifyComponent component = new Bitrix24NotifyComponent();
        component.getConfiguration().setWebhookUrl(PORTAL.sandbox().webhookUrl());
        component.getConfiguration().setRequestsPerSecond(2.0);
        component.getConfiguration().setBurst(50);
        component.getConfiguration().setRateLimitStore(store);
        CamelContext context = new DefaultCamelContext();
        context.addComponent("bitrix24-notify", component);
        context.start();
        return context;
    }

    private static List<String> texts() {
        return PORTAL.sandbox().notifications(3).stream().map(StoredNotification::text).toList();
    }
}
