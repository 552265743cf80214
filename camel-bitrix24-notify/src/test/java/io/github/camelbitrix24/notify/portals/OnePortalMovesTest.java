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
package io.github.camelbitrix24.notify.portals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConfiguration;
import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.config.InMemoryTokenStore;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.sandbox.SandboxPortal;
import io.github.camelbitrix24.notify.sandbox.SandboxTokens;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A single-portal OAuth endpoint, without a portal directory: its session follows the portal to the address the renewal
 * answer names ({@code client_endpoint}), in memory; a redirect is never followed; and a memberId needs a directory.
 */
class OnePortalMovesTest extends SandboxTestSupport {

    private static final String CLIENT_ID = "local.one-portal.app";
    private static final String CLIENT_SECRET = "0n3-p0rt4l-s3cr3t";
    private static int portalsMade;

    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final AtomicInteger reachedElsewhere = new AtomicInteger();
    private SandboxPortal portal;
    private HttpServer elsewhere;

    @BeforeEach
    void startAnotherHost() throws IOException {
        elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext("/", exchange -> {
            reachedElsewhere.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        elsewhere.start();
    }

    @AfterEach
    void stopAnotherHost() {
        elsewhere.stop(0);
    }

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        sandbox().oauth().registerApp(CLIENT_ID, CLIENT_SECRET);
        portal = sandbox().portals().add("moving" + ++portalsMade + "-" + System.nanoTime() % 100_000);
        SandboxTokens pair = portal.issueTokens(CLIENT_ID, 1);
        Bitrix24NotifyConfiguration settings = component.getConfiguration();
        settings.setPortalUrl(portal.portalUrl());
        settings.setOauthUrl(sandbox().oauthUrl());
        settings.setClientId(CLIENT_ID);
        settings.setClientSecret(CLIENT_SECRET);
        settings.setAccessToken(pair.accessToken());
        settings.setRefreshToken(pair.refreshToken());
        settings.setTokenStore(store);
        settings.setMaxRetries(0);
    }

    private Exchange sendText(String text) {
        return send("bitrix24-notify:notify?userId=1", text);
    }

    @Test
    void theSessionFollowsTheRenewalsClientEndpointAfterARename() {
        assertThat(sendText("before the rename").getException()).isNull();
        portal.rename(portal.name() + "-new");

        assertThat(sendText("after the rename").getException()).isNull();
        OAuthTokens renewed = store.load().orElseThrow();
        assertThat(sendText("later").getException()).isNull();

        // a later call that met the old address would have renewed again
        assertThat(store.load().orElseThrow().refreshToken()).isEqualTo(renewed.refreshToken());
        assertThat(portal.notifications(1)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrder("before the rename", "after the rename", "later");
        assertThat(portal.calls("im.notify")).hasSize(3);
    }

    @Test
    void aPermanentRedirectElsewhereIsNotFollowedEvenAfterTheRenewal() {
        String target = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/rest/im.notify";
        portal.faults().redirectNext("im.notify", 1, 301, target);

        Exchange exchange = sendText("Deployed");

        Bitrix24NotifyException error = exchange.getException(Bitrix24NotifyException.class);
        assertThat(error).isNotNull();
        assertThat(error.getErrorCode()).isEqualTo(Bitrix24NotifyException.REDIRECT_REFUSED);
        assertThat(error.getHttpStatus()).isEqualTo(301);
        assertThat(reachedElsewhere).hasValue(0);
        assertThat(portal.notifications(1)).isEmpty();
    }

    @Test
    void aMemberIdWithoutADirectoryIsRefusedBeforeTheWire() {
        Exchange exchange = template.request("bitrix24-notify:notify?userId=1", message -> {
            message.getMessage().setHeader(Bitrix24NotifyConstants.MEMBER_ID, "0123456789abcdef0123456789abcdef");
            message.getMessage().setBody("for a portal nobody knows");
        });

        Bitrix24NotifyException error = exchange.getException(Bitrix24NotifyException.class);
        assertThat(error).isNotNull();
        assertThat(error.getErrorCode()).isEqualTo(ErrorCodes.PARAMS_ERROR);
        assertThat(error.getMessage()).contains(Bitrix24NotifyConstants.MEMBER_ID).contains("portalDirectory");
        assertThat(portal.calls()).isEmpty();
    }
}
