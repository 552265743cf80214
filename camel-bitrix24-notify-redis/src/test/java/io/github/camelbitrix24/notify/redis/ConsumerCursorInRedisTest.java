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
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer's cursor in Redis: a route on another CamelContext, with a repository of its own on the same server (as
 * another replica has), resumes right after the last notification the first one delivered.
 */
class ConsumerCursorInRedisTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private final List<String> delivered = new CopyOnWriteArrayList<>();

    private CamelContext replica(String startFrom) throws Exception {
        CamelContext context = new DefaultCamelContext();
        Bitrix24NotifyComponent component = new Bitrix24NotifyComponent();
        component.getConfiguration().setWebhookUrl(PORTAL.sandbox().webhookUrl());
        context.addComponent("bitrix24-notify", component);
        context.getRegistry().bind("inboxState", new RedisStateRepository(REDIS.uri()));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=" + startFrom + "&stateRepository=#inboxState")
                        .routeId("inbox")
                        .process(exchange -> delivered.add(exchange.getMessage().getBody(Notification.class).text()));
            }
        });
        context.start();
        return context;
    }

    @Test
    void anotherReplicaResumesAfterTheLastDeliveredNotification() throws Exception {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.seed(1).text("a").create();
        long b = sandbox.seed(1).text("b").create();

        try (CamelContext first = replica("ALL")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 2);
        }
        assertThat(savedCursor()).isEqualTo(String.valueOf(b));

        sandbox.seed(1).text("c").create();
        long d = sandbox.seed(1).text("d").create();

        // startFrom=NOW would skip c and d without saved state: the cursor in Redis wins
        try (CamelContext second = replica("NOW")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 4);
            await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        }
        assertThat(delivered).containsExactly("a", "b", "c", "d");
        assertThat(savedCursor()).isEqualTo(String.valueOf(d));
    }

    private static String savedCursor() {
        RedisStateRepository reader = new RedisStateRepository(REDIS.uri());
        reader.start();
        try {
            return reader.getState("bitrix24-notify:inbox");
        } finally {
            reader.stop();
        }
    }
}
