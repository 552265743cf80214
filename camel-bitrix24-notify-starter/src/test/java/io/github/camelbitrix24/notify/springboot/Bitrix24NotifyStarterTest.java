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
package io.github.camelbitrix24.notify.springboot;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConfiguration;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter configures the component from application.yaml alone, and a route sends through it. */
@CamelSpringBootTest
@SpringBootTest(classes = StarterTestApplication.class)
@DirtiesContext
class Bitrix24NotifyStarterTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private ProducerTemplate template;

    @DynamicPropertySource
    static void sandboxAddress(DynamicPropertyRegistry registry) {
        // the sandbox listens on a free port; application.yaml reads its webhook from ${sandbox.webhook-url}
        registry.add("sandbox.webhook-url", () -> PORTAL.sandbox().webhookUrl());
    }

    @Test
    void sendsToThePortalConfiguredInApplicationYaml() {
        Long id = template.requestBody("direct:alert", "Disk almost full on db-1", Long.class);

        RecordedCall call = PORTAL.sandbox().calls("im.notify").get(0);
        assertThat(call.succeeded()).isTrue();
        assertThat(call.param("USER_ID")).isEqualTo("7");
        assertThat(call.param("MESSAGE")).isEqualTo("Disk almost full on db-1");
        assertThat(call.param("TAG")).isEqualTo("STARTER_TEST");
        assertThat(call.param("CLIENT_ID")).isEqualTo("app.starter-test");
        assertThat(PORTAL.sandbox().notifications(7)).extracting(StoredNotification::id).containsExactly(id);
    }

    @Test
    void appliesEveryPropertyOfApplicationYamlToTheComponent() {
        Bitrix24NotifyComponent component = camelContext.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        Bitrix24NotifyConfiguration portal = component.getConfiguration();

        assertThat(portal.getWebhookUrl()).isEqualTo(PORTAL.sandbox().webhookUrl());
        assertThat(portal.getClientId()).isEqualTo("app.starter-test");
        assertThat(portal.getAttachMaxBytes()).isEqualTo(60000);
        assertThat(portal.getConnectTimeout()).isEqualTo(5000);
        assertThat(portal.getRequestTimeout()).isEqualTo(20000);
        assertThat(component.getMaxConnections()).isEqualTo(20);
    }
}
