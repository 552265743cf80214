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
package io.github.camelbitrix24.notify.docs.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.redis.RedisRateLimitStore;
import io.github.camelbitrix24.notify.redis.RedisServerExtension;
import io.github.camelbitrix24.notify.redis.RedisStateRepository;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replicas guide's code (ReplicaRoutes, snippets/inbox-state.camel.yaml, snippets/rate-limit-store.properties)
 * against the sandbox and a real redis-server: the {@code master:} consumer behind a file lock delivers and leaves its
 * cursor in Redis, the YAML bean keeps a plain consumer's cursor there, and the properties give the component its
 * shared rate budget in Redis. Several JVMs and failover are tests/replicas' part.
 */
class ReplicaRoutesTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();
    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static final String REDIS_IN_THE_DOCS = "redis://redis:6379";

    @TempDir
    Path dir;

    @BeforeEach
    void freshPortal() {
        PORTAL.sandbox().reset();
    }

    @Test
    void theMasterConsumerBehindTheFileLockKeepsItsCursorInRedis() throws Exception {
        long last = seedTwo();
        try (CamelContext context = contextOnThePortal()) {
            ReplicaRoutes.fileLockCluster(context, dir.resolve("cluster").toString());
            ReplicaRoutes.bindInboxState(context, REDIS.uri());
            context.addRoutes(new ReplicaRoutes());
            NotifyBuilder delivered = new NotifyBuilder(context).fromRoute("inbox").whenCompleted(2).create();
            context.start();

            assertThat(delivered.matches(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(cursors()).hasSize(1).allSatisfy((key, value) -> {
            assertThat(key).as("named after the master: route, whatever its URI's options").isEqualTo("bitrix24-notify:inbox");
            assertThat(value).isEqualTo(String.valueOf(last));
        });
    }

    @Test
    void theRepositoryAddedAsAServiceIsStartedWithTheContextAndKeepsTheCursor() throws Exception {
        long last = seedTwo();
        try (CamelContext context = contextOnThePortal()) {
            ReplicaRoutes.fileLockCluster(context, dir.resolve("cluster").toString());
            ReplicaRoutes.bindInboxStateAsService(context, REDIS.uri());
            context.addRoutes(new ReplicaRoutes());
            NotifyBuilder delivered = new NotifyBuilder(context).fromRoute("inbox").whenCompleted(2).create();
            context.start();

            assertThat(context.hasService(context.getRegistry().lookupByName("inboxState"))).isTrue();
            assertThat(delivered.matches(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(cursors()).containsValue(String.valueOf(last));
    }

    @Test
    void theYamlBeanKeepsTheConsumersCursorInRedis() throws Exception {
        long last = seedTwo();
        try (CamelMainRun camel = new CamelMainRun().routeFiles("classpath:snippets/inbox-state.camel.yaml")
                .property("redis.uri", REDIS.uri())
                .property("camel.component.bitrix24-notify.webhookUrl", PORTAL.sandbox().webhookUrl())
                .start()) {
            NotifyBuilder delivered = new NotifyBuilder(camel.context()).fromRoute("inbox").whenCompleted(2).create();

            assertThat(delivered.matches(30, TimeUnit.SECONDS)).isTrue();
            // connected with Camel, not with the consumer: it still answers once the consumer stopped, as on a follower
            camel.context().getRouteController().stopRoute("inbox");
            RedisStateRepository inboxState = camel.context().getRegistry().lookupByNameAndType("inboxState",
                    RedisStateRepository.class);
            assertThat(inboxState.getState("bitrix24-notify:inbox")).isEqualTo(String.valueOf(last));
        }
        assertThat(cursors()).containsEntry("bitrix24-notify:inbox", String.valueOf(last));
    }

    @Test
    void theRateLimitStorePropertiesAsWrittenGiveTheComponentARedisStore() {
        // RedisRateLimitStore connects on first use: the docs' address is never dialled here
        try (CamelMainRun camel = new CamelMainRun().propertiesFile("classpath:snippets/rate-limit-store.properties")
                .property("camel.component.bitrix24-notify.webhookUrl", PORTAL.sandbox().webhookUrl())
                .start()) {
            assertThat(component(camel.context()).getConfiguration().getRateLimitStore())
                    .isInstanceOfSatisfying(RedisRateLimitStore.class,
                            store -> assertThat(store.getUri()).isEqualTo(REDIS_IN_THE_DOCS));
        }
    }

    @Test
    void theRateLimitStorePropertiesKeepThePortalsBudgetInRedis() throws IOException {
        Path properties = dir.resolve("rate-limit-store.properties");
        Files.writeString(properties, resource("snippets/rate-limit-store.properties").replace(REDIS_IN_THE_DOCS, REDIS.uri()));
        try (CamelMainRun camel = new CamelMainRun().propertiesFile("file:" + properties)
                .property("camel.component.bitrix24-notify.webhookUrl", PORTAL.sandbox().webhookUrl())
                .routes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:alert").to("bitrix24-notify:notify?userId=5");
                    }
                })
                .start()) {
            camel.template().requestBody("direct:alert", "Disk full on db-1");
        }
        assertThat(PORTAL.sandbox().notifications(5)).hasSize(1);
        assertThat(cursors()).as("the portal's buckets, in Redis").isNotEmpty();
    }

    private static long seedTwo() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.seed(Bitrix24Sandbox.DEFAULT_USER_ID).text("Budget review at 3 pm").create();
        return sandbox.seed(Bitrix24Sandbox.DEFAULT_USER_ID).text("Deploy of billing finished").create();
    }

    private static CamelContext contextOnThePortal() {
        CamelContext context = new DefaultCamelContext();
        Bitrix24NotifyComponent component = new Bitrix24NotifyComponent();
        component.getConfiguration().setWebhookUrl(PORTAL.sandbox().webhookUrl());
        context.addComponent("bitrix24-notify", component);
        return context;
    }

    private static Bitrix24NotifyComponent component(CamelContext context) {
        return context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
    }

    /** The component's keys in Redis and their string values (empty for keys that hold no string). */
    private static Map<String, String> cursors() {
        RedisClient client = RedisClient.create(REDIS.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            Map<String, String> values = new TreeMap<>();
            for (String key : connection.sync().keys("bitrix24-notify:*")) {
                String type = connection.sync().type(key);
                values.put(key, "string".equals(type) ? connection.sync().get(key) : "");
            }
            return values;
        } finally {
            client.shutdown();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReplicaRoutesTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
