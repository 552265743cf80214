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
package io.github.camelbitrix24.notify.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.CapturedLog;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault matrix, secrets at start-up: camel-main prints every property it applied; the webhook set in
 * application.properties shows there masked, without the user naming it in camel.main.additionalSensitiveKeywords, and
 * its code is in no log line of the whole run.
 */
class StartupSecretsTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final String WEBHOOK_KEY = "camel.component.bitrix24-notify.webhookUrl";
    private static final String CLIENT_ID_KEY = "camel.component.bitrix24-notify.clientId";

    @TempDir
    Path directory;

    /** The context's additional sensitive keywords when camel-main starts to configure it, before its summary. */
    private final AtomicReference<String> keywordsBeforeConfigure = new AtomicReference<>();
    private final AtomicBoolean componentBeforeConfigure = new AtomicBoolean();

    @BeforeEach
    void emptyThePortal() {
        PORTAL.sandbox().reset();
    }

    @Test
    void webhookInApplicationPropertiesIsMaskedInTheSummaryAndInEveryLogLine() throws Exception {
        List<CapturedLog.Line> lines = runMainAndSend("");

        // the ContextServicePlugin did it, while camel-main built the context: the component did not exist yet
        assertThat(keywordsBeforeConfigure.get()).isEqualTo("webhookUrl");
        assertThat(componentBeforeConfigure).isFalse();
        assertThat(summaryLine(lines, WEBHOOK_KEY).text()).contains("xxxxxx");
        assertThat(lines).noneMatch(line -> line.text().contains(code()));
        assertThat(PORTAL.sandbox().notifications(5)).extracting(StoredNotification::text).containsExactly("Started");
    }

    @Test
    void usersOwnSensitiveKeywordsAreAddedToTheComponentsNotInTheirPlace() throws Exception {
        List<CapturedLog.Line> lines = runMainAndSend("camel.main.additionalSensitiveKeywords = clientId\n");

        assertThat(summaryLine(lines, WEBHOOK_KEY).text()).contains("xxxxxx");
        assertThat(summaryLine(lines, CLIENT_ID_KEY).text()).contains("xxxxxx").doesNotContain("startup.secrets");
        assertThat(lines).noneMatch(line -> line.text().contains(code()));
        assertThat(PORTAL.sandbox().notifications(5)).extracting(StoredNotification::text).containsExactly("Started");
    }

    /**
     * Runs a camel-main application whose application.properties sets the component's webhook, sends one notification
     * through it and stops; returns every log line of the run, at every level, but two DEBUG logs outside the
     * component's reach, which print secrets of any component (documented): HttpClient's wire log prints request paths,
     * where Bitrix24 puts the webhook code, and camel-main's DEBUG lists every property it read and set, value
     * included, without asking which are sensitive.
     */
    private List<CapturedLog.Line> runMainAndSend(String moreProperties) throws Exception {
        Path properties = directory.resolve("application.properties");
        Files.writeString(properties, "camel.main.name = startup-secrets\n" + moreProperties
                                      + WEBHOOK_KEY + " = " + PORTAL.sandbox().webhookUrl() + "\n"
                                      + CLIENT_ID_KEY + " = startup.secrets\n");
        Main main = new Main();
        main.setPropertyPlaceholderLocations("file:" + properties);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport configuring) {
                CamelContext context = configuring.getCamelContext();
                keywordsBeforeConfigure.set(context.getCamelContextExtension().getAdditionalSensitiveKeywords());
                componentBeforeConfigure.set(context.hasComponent("bitrix24-notify") != null);
            }
        });
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to("bitrix24-notify:notify?userId=5");
            }
        });
        try (CapturedLog log = CapturedLog.open()) {
            main.start();
            try {
                main.getCamelTemplate().sendBody("direct:send", "Started");
            } finally {
                main.stop();
            }
            return log.lines().stream()
                    .filter(line -> !line.logger().startsWith("org.apache.hc."))
                    .filter(line -> !line.logger().startsWith("org.apache.camel.main.")
                            || line.level().isMoreSpecificThan(Level.INFO))
                    .toList();
        }
    }

    private static CapturedLog.Line summaryLine(List<CapturedLog.Line> lines, String key) {
        List<CapturedLog.Line> found = lines.stream().filter(line -> line.text().contains(key + " = ")).toList();
        assertThat(found).as("camel-main's summary line of %s", key).hasSize(1);
        return found.get(0);
    }

    private static String code() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        String[] parts = sandbox.webhookUrl().split("/");
        return parts[parts.length - 1];
    }
}
