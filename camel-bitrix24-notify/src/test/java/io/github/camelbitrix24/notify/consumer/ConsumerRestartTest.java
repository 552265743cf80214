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
package io.github.camelbitrix24.notify.consumer;

import java.io.File;
import java.nio.file.Path;
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
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With a file state repository, a restarted route resumes after the last delivered notification. */
class ConsumerRestartTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @TempDir
    Path stateDir;

    private final List<String> delivered = new CopyOnWriteArrayList<>();

    private CamelContext startRoute(File stateFile, String startFrom) throws Exception {
        CamelContext context = new DefaultCamelContext();
        Bitrix24NotifyComponent component = new Bitrix24NotifyComponent();
        component.getConfiguration().setWebhookUrl(PORTAL.sandbox().webhookUrl());
        context.addComponent("bitrix24-notify", component);
        context.getRegistry().bind("inboxState", FileStateRepository.fileStateRepository(stateFile));
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
    void aRestartedRouteResumesWithoutLossOrRepeat() throws Exception {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        File stateFile = stateDir.resolve("inbox.state").toFile();
        sandbox.seed(1).text("a").create();
        sandbox.seed(1).text("b").create();

        CamelContext first = startRoute(stateFile, "ALL");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 2);
        first.close();

        sandbox.seed(1).text("c").create();
        sandbox.seed(1).text("d").create();

        // startFrom=NOW would skip c and d without saved state: the state file wins
        try (CamelContext second = startRoute(stateFile, "NOW")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 4);
            await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        }

        assertThat(delivered).containsExactly("a", "b", "c", "d");
    }

    @Test
    void withoutStateARestartStartsAsStartFromSays() throws Exception {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.reset();
        sandbox.seed(1).text("x").create();

        try (CamelContext context = startRoute(stateDir.resolve("unused").toFile(), "ALL")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 1);
        }
        try (CamelContext context = new DefaultCamelContext()) {
            Bitrix24NotifyComponent component = new Bitrix24NotifyComponent();
            component.getConfiguration().setWebhookUrl(sandbox.webhookUrl());
            context.addComponent("bitrix24-notify", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=ALL").routeId("inbox")
                            .process(exchange -> delivered.add(exchange.getMessage().getBody(Notification.class).text()));
                }
            });
            context.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 2);
        }
        assertThat(delivered).containsExactly("x", "x");
    }
}
