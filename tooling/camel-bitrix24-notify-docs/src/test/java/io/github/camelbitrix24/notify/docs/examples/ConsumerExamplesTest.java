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

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The reference's consumer example, in each DSL: the unread notifications delivered and marked read. */
class ConsumerExamplesTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    static Stream<Arguments> dsls() {
        return Stream.of(
                Arguments.of("Java", (UnaryOperator<CamelMainRun>) run -> run.routes(new ConsumerRoutes())),
                Arguments.of("YAML",
                        (UnaryOperator<CamelMainRun>) run -> run.routeFiles("classpath:snippets/consumer.camel.yaml")),
                Arguments.of("XML",
                        (UnaryOperator<CamelMainRun>) run -> run.routeFiles("classpath:snippets/consumer.camel.xml")));
    }

    @BeforeEach
    void freshPortal() {
        PORTAL.sandbox().reset();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dsls")
    void deliversTheUnreadNotificationsAndMarksThemRead(String dsl, UnaryOperator<CamelMainRun> routes) {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.seed(1).text("Seen already").read(true).create();
        sandbox.seed(1).text("Deploy finished").create();
        sandbox.seed(1).text("Backup finished").create();

        try (CamelMainRun camel = routes.apply(new CamelMainRun())
                .property("camel.component.bitrix24-notify.webhookUrl", sandbox.webhookUrl())
                .start()) {
            NotifyBuilder delivered = new NotifyBuilder(camel.context()).fromRoute("inbox").whenCompleted(2).create();

            assertThat(delivered.matches(20, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(sandbox.notifications(1)).allSatisfy(n -> assertThat(n.read()).isTrue()));
            assertThat(sandbox.calls("im.notify.read.list")).isNotEmpty();
        }
    }
}
