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
package io.github.camelbitrix24.notify.compat.springboot;

import java.time.Duration;
import java.util.List;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Spring Boot 3.5 with camel-spring-boot 4.18: the starter configures the component from application.properties; a
 * route sends a notification to the sandbox portal, the inbox route consumes it, and the get operation reads it back.
 */
@SpringBootTest(classes = CompatApplication.class)
class CompatSpringBootTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private ProducerTemplate template;

    @Autowired
    private List<Notification> inbox;

    @DynamicPropertySource
    static void sandboxAddress(DynamicPropertyRegistry registry) {
        // the sandbox listens on a free port; application.properties reads its webhook from ${sandbox.webhook-url}
        registry.add("sandbox.webhook-url", () -> PORTAL.sandbox().webhookUrl());
    }

    @Test
    void sendsConsumesAndReadsBack() {
        Bitrix24NotifyComponent component = camelContext.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        assertThat(component.getConfiguration().getWebhookUrl()).isEqualTo(PORTAL.sandbox().webhookUrl());
        assertThat(component.getConfiguration().getClientId()).isEqualTo("app.compat");

        Long id = template.requestBody("direct:deploy-finished", "Deploy of billing 2.4.1 finished", Long.class);

        RecordedCall sent = PORTAL.sandbox().calls("im.notify").get(0);
        assertThat(sent.succeeded()).isTrue();
        assertThat(sent.param("USER_ID")).isEqualTo("1");
        assertThat(sent.param("TYPE")).isEqualTo("SYSTEM");
        assertThat(sent.param("TAG")).isEqualTo("COMPAT_DEPLOY");
        assertThat(sent.param("CLIENT_ID")).isEqualTo("app.compat");

        await().atMost(Duration.ofSeconds(20)).until(() -> !inbox.isEmpty());
        assertThat(inbox).extracting(Notification::id).containsExactly(id);
        assertThat(inbox.get(0).text()).isEqualTo("Deploy of billing 2.4.1 finished");

        NotificationPage page = template.requestBody("bitrix24-notify:get?limit=10", null, NotificationPage.class);
        assertThat(page.notifications()).extracting(Notification::id).contains(id);
        assertThat(page.notifications()).filteredOn(notification -> notification.id() == id)
                .extracting(Notification::text).containsExactly("Deploy of billing 2.4.1 finished");
    }
}
