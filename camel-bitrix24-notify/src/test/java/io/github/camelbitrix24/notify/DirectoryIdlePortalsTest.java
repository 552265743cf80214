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

import io.github.camelbitrix24.notify.client.config.InMemoryPortalDirectory;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.client.config.PortalRecord;
import io.github.camelbitrix24.notify.sandbox.SandboxPortal;
import io.github.camelbitrix24.notify.sandbox.SandboxTokens;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One running endpoint over a portal directory takes each exchange's portal for that exchange only, so the portals it
 * called are released once idle for the component's portal idle time while the endpoint goes on running, and a portal's
 * next message makes its state anew.
 */
class DirectoryIdlePortalsTest extends SandboxTestSupport {

    private static final String CLIENT_ID = "local.idle-portals.app";
    private static final String CLIENT_SECRET = "1dle-p0rt4ls-s3cr3t";

    private final PortalDirectory directory = new InMemoryPortalDirectory();

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        sandbox().oauth().registerApp(CLIENT_ID, CLIENT_SECRET);
        component.setPortalIdleTimeout(300);
        Bitrix24NotifyConfiguration settings = component.getConfiguration();
        settings.setPortalDirectory(directory);
        settings.setClientId(CLIENT_ID);
        settings.setClientSecret(CLIENT_SECRET);
        settings.setOauthUrl(sandbox().oauthUrl());
        settings.setMaxRetries(0);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("bitrix24-notify:notify?userId=1");
            }
        };
    }

    @Test
    void theDirectorysPortalsAreReleasedWhenIdleWhileTheEndpointRuns() {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        SandboxPortal acme = installed("idle-acme");
        SandboxPortal globex = installed("idle-globex");
        assertThat(sendTo(acme, "for acme").getException()).isNull();
        assertThat(sendTo(globex, "for globex").getException()).isNull();

        assertThat(component.clients().portalsInUse()).as("portals held once the exchanges are done").isZero();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(component.clients().portalsLive()).as("portals with state").isZero());

        assertThat(sendTo(acme, "for acme again").getException()).isNull();
        assertThat(acme.notifications(1)).extracting(notification -> notification.text())
                .containsExactlyInAnyOrder("for acme", "for acme again");
        assertThat(globex.notifications(1)).extracting(notification -> notification.text()).containsExactly("for globex");
        assertThat(component.clients().portalsLive()).as("its state made anew").isEqualTo(1);
    }

    private SandboxPortal installed(String name) {
        SandboxPortal portal = sandbox().portals().add(name);
        SandboxTokens pair = portal.install(CLIENT_ID).tokens();
        directory.register(new PortalRecord(
                portal.memberId(), portal.restAddress(), portal.domain(),
                new OAuthTokens(pair.accessToken(), pair.refreshToken(), pair.expiresAt()), null, PortalPlan.UNLIMITED));
        return portal;
    }

    private Exchange sendTo(SandboxPortal portal, String text) {
        return template.request("direct:send", exchange -> {
            exchange.getMessage().setHeader(Bitrix24NotifyConstants.MEMBER_ID, portal.memberId());
            exchange.getMessage().setBody(text);
        });
    }
}
