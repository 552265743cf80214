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

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tagged send of How it works: its connection dropped after the portal stored it, it is stored once all the same.
 */
class TaggedSendTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @Test
    void aTaggedSendWhoseAnswerWasLostIsRepeatedAndStoredOnce() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            var portal = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).getConfiguration();
            portal.setWebhookUrl(PORTAL.sandbox().webhookUrl());
            portal.setClientId("docs.examples");
            portal.setRetryDelay(100);
            context.addRoutes(new TaggedSendRoutes());
            context.start();
            PORTAL.sandbox().faults().dropNext("im.notify", 1);

            context.createProducerTemplate().requestBodyAndHeader("seda:alerts", "db-1 is down", "alertId", 17);

            assertThat(PORTAL.sandbox().calls("im.notify")).hasSize(2).allSatisfy(call -> {
                assertThat(call.param("TAG")).isEqualTo("ALERT_17");
            });
            assertThat(PORTAL.sandbox().notifications(5)).singleElement()
                    .satisfies(stored -> assertThat(stored.text()).isEqualTo("db-1 is down"));
        }
    }
}
