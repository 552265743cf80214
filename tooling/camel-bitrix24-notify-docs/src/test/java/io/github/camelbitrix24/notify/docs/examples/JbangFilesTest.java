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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The files the Camel JBang guide runs with {@code camel run}, run by camel-main, which loads YAML routes and
 * properties as Camel JBang does: Camel JBang itself does not resolve on the machines this project is built on.
 */
class JbangFilesTest {

    /** The route file the guide runs with the Kamelets (which are on the class path, in their artifact). */
    static final String KAMELET_ROUTES = "examples/kamelets/src/main/resources/routes/bitrix24-kamelets.camel.yaml";
    /** The guide's source Kamelet that keeps its position in a file. */
    static final String KEPT_INBOX = "classpath:jbang/bitrix24-inbox-kept.camel.yaml";

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @BeforeEach
    void freshPortal() {
        PORTAL.sandbox().reset();
    }

    @Test
    void theYamlRouteAndItsPropertiesNotifyAndReadTheInbox() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.seed(1).text("Budget review at 3 pm").create();

        try (CamelMainRun camel = new CamelMainRun().routeFiles("classpath:jbang/bitrix24.camel.yaml")
                .propertiesFile("classpath:jbang/application.properties")
                .env("BITRIX24_WEBHOOK_URL", sandbox.webhookUrl())
                .start()) {
            NotifyBuilder sent = new NotifyBuilder(camel.context()).fromRoute("deploy-notice").whenCompleted(1).create();
            NotifyBuilder read = new NotifyBuilder(camel.context()).fromRoute("inbox").whenCompleted(1).create();

            assertThat(sent.matches(20, TimeUnit.SECONDS)).isTrue();
            assertThat(read.matches(20, TimeUnit.SECONDS)).isTrue();
        }
        RecordedCall notice = sandbox.calls("im.notify").get(0);
        assertThat(notice.param("TYPE")).isEqualTo("SYSTEM");
        assertThat(sandbox.notifications(1)).extracting(StoredNotification::text).contains("Deploy of billing 2.4.1 finished");
    }

    @Test
    void theKameletRoutesRunWithTheKameletsAndTheSameProperties() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        Path root = Path.of(System.getProperty("docs.root"));

        try (CamelMainRun camel = new CamelMainRun().routeFiles("file:" + root.resolve(KAMELET_ROUTES))
                .propertiesFile("classpath:jbang/application.properties")
                .env("BITRIX24_WEBHOOK_URL", sandbox.webhookUrl())
                .start()) {
            NotifyBuilder sent = new NotifyBuilder(camel.context()).fromRoute("backup-alert").whenCompleted(1).create();

            assertThat(sent.matches(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(sandbox.notifications(1)).extracting(StoredNotification::text).contains("Nightly backup finished");
    }

    @Test
    void theSourceKameletWithAStateFileEmitsOnlyWhatCameWhileItWasStopped(@TempDir Path stateDir) {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        Path stateFile = stateDir.resolve("bitrix24-inbox.state");
        List<Long> emitted = new CopyOnWriteArrayList<>();
        long first = sandbox.seed(1).text("Budget review at 3 pm").create();

        runKeptInboxUntil(stateFile, emitted, 1);
        long second = sandbox.seed(1).text("Deploy window moved to 6 pm").create();
        runKeptInboxUntil(stateFile, emitted, 2);

        // the first is still unread: without the file, startFrom=UNREAD would have emitted it again, before the second
        assertThat(emitted).containsExactly(first, second);
    }

    private void runKeptInboxUntil(Path stateFile, List<Long> emitted, int count) {
        try (CamelMainRun camel = new CamelMainRun().routeFiles(KEPT_INBOX)
                .propertiesFile("classpath:jbang/application.properties")
                .env("BITRIX24_WEBHOOK_URL", PORTAL.sandbox().webhookUrl())
                .property("inbox.stateFile", stateFile)
                .bind("emittedIds", new EmittedIds(emitted))
                .start()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> emitted.size() >= count);
        }
    }

    /** The notify-id of every exchange the route inbox completed: each one the Kamelet emitted to it. */
    private static final class EmittedIds extends EventNotifierSupport {
        private final List<Long> ids;

        EmittedIds(List<Long> ids) {
            this.ids = ids;
        }

        @Override
        public void notify(CamelEvent event) {
            // the Kamelet's own route (inbox-source) completes its exchange too
            Exchange exchange = ((ExchangeCompletedEvent) event).getExchange();
            if ("inbox".equals(exchange.getFromRouteId())) {
                ids.add(exchange.getMessage().getHeader("notify-id", Long.class));
            }
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof ExchangeCompletedEvent;
        }
    }
}
