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
package io.github.camelbitrix24.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.camelbitrix24.notify.sandbox.SandboxPortal;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A route sending to many portals, one endpoint each through a toD that keeps no producer: each portal's state is made
 * for its first message, kept while it is busy and for the component's portal idle time, then released with its
 * connections, and made anew for its next message.
 */
class IdlePortalsRouteTest extends SandboxTestSupport {

    private static final int PORTALS = 100;

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        component.setPortalIdleTimeout(300);
        component.setMaxConnectionsPerPortal(2);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:portal")
                        .toD("bitrix24-notify:notify?userId=1&maxRetries=0&webhookUrl=RAW(${header.webhook})", -1);
            }
        };
    }

    @Test
    void idlePortalsAreReleasedAndMadeAnewForTheirNextMessage() {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        List<SandboxPortal> portals = new ArrayList<>();
        for (int index = 0; index < PORTALS; index++) {
            SandboxPortal portal = sandbox().portals().add("route" + index);
            portals.add(portal);
            assertThat(sendTo(portal, "Hello portal " + index).getException()).isNull();
        }
        assertThat(portals).allSatisfy(portal -> assertThat(portal.notifications(1)).hasSize(1));
        assertThat(component.clients().portalsInUse()).as("no producer kept").isZero();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(component.clients().portalsLive()).as("portals with state").isZero();
            assertThat(component.clients().openConnections()).as("connections open").isZero();
        });

        SandboxPortal back = portals.get(42);
        assertThat(sendTo(back, "Hello again").getException()).isNull();
        assertThat(back.notifications(1)).extracting(notification -> notification.text())
                .containsExactlyInAnyOrder("Hello portal 42", "Hello again");
        assertThat(component.clients().portalsLive()).as("its state made anew").isEqualTo(1);
    }

    private Exchange sendTo(SandboxPortal portal, String text) {
        return template.request("direct:portal", exchange -> {
            exchange.getMessage().setHeader("webhook", portal.webhookUrl());
            exchange.getMessage().setBody(text);
        });
    }
}
