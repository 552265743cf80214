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

import java.util.Map;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.model.attach.Attach;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference's examples with a ProducerTemplate: paging and attachments, against the sandbox. */
class ProducerTemplateExamplesTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void startCamel() {
        PORTAL.sandbox().reset();
        context = new DefaultCamelContext();
        context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).getConfiguration()
                .setWebhookUrl(PORTAL.sandbox().webhookUrl());
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    @Test
    void pagesThroughTheInboxWithTheCursorOfEachPage() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.seed(1).text("an invitation").confirm().button("Accept", "Y").create();
        for (int i = 0; i < 75; i++) {
            sandbox.seed(1).text("notification " + i).create();
        }

        // tag::paging[]
        NotificationPage page = template.requestBody("bitrix24-notify:get", null, NotificationPage.class);
        NotificationPage next = template.requestBodyAndHeaders("bitrix24-notify:get", null, Map.of(
                "CamelBitrix24NotifyLastId", page.nextLastId(),
                "CamelBitrix24NotifyLastType", page.nextLastType()), NotificationPage.class);
        // end::paging[]

        assertThat(page.notifications()).hasSize(50);
        assertThat(page.notifications().get(0).isConfirm()).as("confirmations first").isTrue();
        assertThat(next.notifications()).hasSize(26);
        assertThat(next.notifications()).allSatisfy(n -> assertThat(n.id()).isLessThan(page.nextLastId()));
    }

    @Test
    void sendsAnAttachmentBuiltWithTheBuilder() {
        // tag::attach[]
        Attach attach = Attach.builder()
                .color("#29619b")
                .message("Deploy of [B]billing[/B] to production")
                .grid(Attach.grid().item("Version", "2.4.1").item("Duration", "3 min"))
                .link(Attach.link("Pipeline").url("https://ci.example/42"))
                .delimiter()
                .build();
        template.sendBodyAndHeader("bitrix24-notify:notify?userId=5", "Deploy finished", "CamelBitrix24NotifyAttach", attach);
        // end::attach[]

        assertThat(PORTAL.sandbox().notifications(5)).singleElement().satisfies(stored -> {
            assertThat(stored.text()).isEqualTo("Deploy finished");
            assertThat(stored.attach()).asString().contains("2.4.1", "https://ci.example/42");
        });
    }
}
