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

/**
 * The application.yaml of the README and the reference (docs/application.yaml here, shown between its tags): the
 * starter applies every property of it, and a route sends through it. The environment variable BITRIX24_WEBHOOK_URL it
 * reads is given as a property of the same name, which Spring resolves alike.
 */
@CamelSpringBootTest
@SpringBootTest(classes = StarterTestApplication.class, properties = "spring.config.location=classpath:docs/application.yaml")
@DirtiesContext
class DocsApplicationYamlTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private ProducerTemplate template;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registry.add("BITRIX24_WEBHOOK_URL", () -> PORTAL.sandbox().webhookUrl());
    }

    @Test
    void theDocumentedPropertiesConfigureTheComponentAndARouteSendsThroughIt() {
        Bitrix24NotifyComponent component = camelContext.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        Bitrix24NotifyConfiguration portal = component.getConfiguration();
        assertThat(portal.getWebhookUrl()).isEqualTo(PORTAL.sandbox().webhookUrl());
        assertThat(portal.getClientId()).isEqualTo("my.integration");
        assertThat(portal.getConnectTimeout()).isEqualTo(5000);
        assertThat(portal.getRequestTimeout()).isEqualTo(30000);
        assertThat(portal.getAttachMaxBytes()).isEqualTo(60000);

        template.requestBody("direct:alert", "Disk almost full on db-1", Long.class);

        RecordedCall call = PORTAL.sandbox().calls("im.notify").get(0);
        assertThat(call.succeeded()).isTrue();
        assertThat(call.param("CLIENT_ID")).isEqualTo("my.integration");
    }
}
