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
package io.github.camelbitrix24.notify.compat.quarkus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel Quarkus in JVM mode: the YAML routes of src/main/resources send a notification through the component and one
 * through the bitrix24-notify-sink Kamelet to the sandbox portal, the inbox route consumes both, and the get operation
 * reads them back.
 */
@QuarkusTest
@WithTestResource(SandboxPortal.class)
class CompatQuarkusTest {

    private static final long RECEIVE_TIMEOUT_MS = 20_000;

    @InjectSandbox
    Bitrix24Sandbox sandbox;

    @Inject
    CamelContext camelContext;

    @Inject
    ProducerTemplate template;

    @Inject
    Inbox inbox;

    @Test
    void sendsThroughTheRouteAndTheKameletConsumesAndReadsBack() throws Exception {
        Bitrix24NotifyComponent component = camelContext.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        assertThat(component.getConfiguration().getWebhookUrl()).isEqualTo(sandbox.webhookUrl());

        Long deployId = template.requestBody("direct:deploy-finished", "Deploy of billing 2.4.1 finished", Long.class);
        // the Kamelet's output is the new notification's id as JSON: a number
        String backupJson = template.requestBody("direct:backup-finished", "Nightly backup finished", String.class);
        long backupId = Long.parseLong(backupJson.trim());

        List<RecordedCall> sent = sandbox.calls("im.notify");
        assertThat(sent).hasSize(2).allSatisfy(call -> {
            assertThat(call.succeeded()).isTrue();
            assertThat(call.param("USER_ID")).isEqualTo("1");
            assertThat(call.param("TYPE")).isEqualTo("SYSTEM");
        });
        assertThat(sent).extracting(call -> call.param("TAG")).containsExactly("COMPAT_DEPLOY", "COMPAT_BACKUP");
        assertThat(sent.get(1).param("CLIENT_ID")).isEqualTo("app.compat");

        List<Long> consumed = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Notification notification = inbox.take(RECEIVE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            assertThat(notification).as("notification %d of 2 from the inbox route", i + 1).isNotNull();
            consumed.add(notification.id());
        }
        assertThat(consumed).containsExactlyInAnyOrder(deployId, backupId);

        NotificationPage page = template.requestBody("bitrix24-notify:get?limit=10", null, NotificationPage.class);
        assertThat(page.notifications()).extracting(Notification::text)
                .contains("Deploy of billing 2.4.1 finished", "Nightly backup finished");
    }
}
