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
package io.github.camelbitrix24.notify.examples.kamelets;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Camel K Pipes of pipes/, loaded as they are by camel-yaml-dsl (which reads Pipe resources) and run with the
 * Kamelets of the class path, ours (the camel-bitrix24-notify-kamelets jar) and the Apache catalog's, against the
 * sandbox.
 */
class CamelKPipesTest extends CamelMainTestSupport {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static long seededId;

    @BeforeAll
    static void seedTheInbox() {
        seededId = PORTAL.sandbox().seed(1).fromUser(7).text("Please review the Q3 budget").create();
    }

    @Override
    public void configureContext(CamelContextConfiguration camelContextConfiguration) {
        super.configureContext(camelContextConfiguration);
        Properties properties = new Properties();
        properties.setProperty("camel.main.routesIncludePattern", "classpath:pipes/*.pipe.yaml");
        // what the Secret "bitrix24" provides in the cluster
        properties.setProperty("camel.kamelet.bitrix24-notify-sink.webhookUrl", PORTAL.sandbox().webhookUrl());
        properties.setProperty("camel.kamelet.bitrix24-notify-source.webhookUrl", PORTAL.sandbox().webhookUrl());
        camelContextConfiguration.withUseOverridePropertiesWithPropertiesComponent(properties)
                .withMockEndpoints("log:bitrix24-inbox*");
    }

    @Test
    void backupAlertPipeNotifiesThroughTheSinkKamelet() {
        await().until(() -> !PORTAL.sandbox().calls("im.notify").isEmpty());

        RecordedCall alert = PORTAL.sandbox().calls("im.notify").get(0);
        assertThat(alert.succeeded()).isTrue();
        assertThat(alert.param("USER_ID")).isEqualTo("1");
        assertThat(alert.param("TYPE")).isEqualTo("SYSTEM");
        assertThat(alert.param("TAG")).isEqualTo("BACKUP_STATUS");
        assertThat(alert.param("CLIENT_ID")).isEqualTo("backup.alerts");
        // camel-yaml-dsl 4.18 URL-encodes the Kamelet properties of a Pipe it loads (CAMEL-23594, fixed in later
        // Camel); Camel K hands them over as properties, unencoded
        assertThat(URLDecoder.decode(alert.param("MESSAGE"), StandardCharsets.UTF_8)).isEqualTo("Nightly backup finished");
    }

    @Test
    void inboxPipeLogsTheNotificationsFromTheSourceKamelet() throws Exception {
        MockEndpoint log = getMockEndpoint("mock:log:bitrix24-inbox");
        log.expectedMinimumMessageCount(1);
        log.assertIsSatisfied();

        assertThat(log.getExchanges().get(0).getMessage().getBody(String.class))
                .contains("\"id\":" + seededId, "Please review the Q3 budget");
        assertThat(log.getExchanges().get(0).getMessage().getHeader("notify-id", Long.class)).isEqualTo(seededId);
    }
}
