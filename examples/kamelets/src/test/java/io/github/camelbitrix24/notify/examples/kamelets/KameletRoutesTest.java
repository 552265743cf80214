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

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example's YAML routes, run by camel-main from application.properties as the example runs them, against the
 * sandbox.
 */
class KameletRoutesTest extends CamelMainTestSupport {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @BeforeAll
    static void seedTheInbox() {
        PORTAL.sandbox().seed(1).fromUser(7).text("Please review the Q3 budget").create();
    }

    @Override
    public void configureContext(CamelContextConfiguration camelContextConfiguration) {
        super.configureContext(camelContextConfiguration);
        Properties kameletConfiguration = new Properties();
        kameletConfiguration.setProperty("camel.kamelet.bitrix24-notify-sink.webhookUrl", PORTAL.sandbox().webhookUrl());
        kameletConfiguration.setProperty("camel.kamelet.bitrix24-notify-source.webhookUrl", PORTAL.sandbox().webhookUrl());
        // what a Kamelet hands to its route's kamelet:sink, observed on the way
        camelContextConfiguration.withUseOverridePropertiesWithPropertiesComponent(kameletConfiguration)
                .withMockEndpoints("kamelet:sink*");
    }

    @Test
    void backupAlertGoesThroughTheSinkKamelet() {
        NotifyBuilder sent = new NotifyBuilder(context).fromRoute("backup-alert").whenCompleted(1).create();

        assertThat(sent.matches(20, TimeUnit.SECONDS)).isTrue();
        RecordedCall alert = PORTAL.sandbox().calls("im.notify").get(0);
        assertThat(alert.param("MESSAGE")).isEqualTo("Nightly backup finished");
        assertThat(alert.param("TYPE")).isEqualTo("SYSTEM");
        assertThat(alert.param("TAG")).isEqualTo("BACKUP_STATUS");
        assertThat(PORTAL.sandbox().notifications(1)).extracting(StoredNotification::text).contains("Nightly backup finished");
    }

    @Test
    void inboxRouteReceivesTheSeededNotificationFromTheSourceKamelet() {
        MockEndpoint kameletOutput = getMockEndpoint("mock:kamelet:sink");

        await().untilAsserted(() -> assertThat(kameletOutput.getExchanges())
                .extracting(exchange -> exchange.getMessage().getBody(String.class))
                .anySatisfy(json -> assertThat(json).contains("\"author_id\":7", "Please review the Q3 budget")));
    }
}
