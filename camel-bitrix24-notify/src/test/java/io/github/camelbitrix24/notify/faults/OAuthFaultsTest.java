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
package io.github.camelbitrix24.notify.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConfiguration;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.config.FileTokenStore;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.SandboxTokens;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.CapturedLog;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import io.github.camelbitrix24.notify.support.StackTraces;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fault matrix of an OAuth application: what the OAuth server, the operator and the configuration can do wrong,
 * driven through a CamelContext against the sandbox portal and its token endpoint over HTTP.
 */
class OAuthFaultsTest extends OAuthTestSupport {

    /**
     * Longer than the component waits after a failed renewal before it asks the OAuth server again (the first wait of
     * its back-off, one second).
     */
    private static final Duration PAST_THE_FIRST_RETRY_WAIT = Duration.ofMillis(1_200);

    @TempDir
    Path directory;

    static Stream<Arguments> renewalFailures() {
        return Stream.of(
                Arguments.of("a proxy's 429", 429,
                        (Consumer<Bitrix24Sandbox>) portal -> portal.oauth().failNextRenewalsAtTheProxy(1, 429)),
                Arguments.of("a firewall's 403", 403,
                        (Consumer<Bitrix24Sandbox>) portal -> portal.oauth().failNextRenewalsAtTheProxy(1, 403)),
                Arguments.of("the server's 503", 503, (Consumer<Bitrix24Sandbox>) portal -> portal.oauth()
                        .failNextRenewals(1, 503, "temporarily_unavailable", "The server is down for maintenance")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renewalFailures")
    void aRenewalThatFailedIsTriedAgainOnALaterExpiryAndTheCallIsDelivered(
            String fault, int status,
            Consumer<Bitrix24Sandbox> injectFault)
            throws Exception {
        sendingRoute();
        injectFault.accept(sandbox());
        sandbox().oauth().expireAccessTokens();

        Exchange first = template.request("direct:send", e -> e.getMessage().setBody("While the OAuth server fails"));
        assertThat(first.getException()).as(fault).isInstanceOfSatisfying(Bitrix24NotifyException.class, error -> {
            assertThat(error.getHttpStatus()).isEqualTo(status);
            assertThat(error.getMethod()).isEqualTo("im.notify");
        });
        Thread.sleep(PAST_THE_FIRST_RETRY_WAIT.toMillis());
        sandbox().oauth().expireAccessTokens();
        Exchange later = template.request("direct:send", e -> e.getMessage().setBody("After the OAuth server is back"));

        assertThat(later.getException()).as(fault).isNull();
        assertThat(sandbox().oauth().refreshRequestCount()).as("requests to the token endpoint").isEqualTo(2);
        assertThat(sandbox().oauth().refreshCount()).as("renewals granted").isEqualTo(1);
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text)
                .containsExactly("After the OAuth server is back");
    }

    @Test
    void invalidGrantThenANewPairPutInTheStoreAndTheRouteRestartedDelivers() throws Exception {
        Path file = directory.resolve("bitrix24-tokens.json");
        context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).getConfiguration()
                .setTokenStore(new FileTokenStore(file));
        sendingRoute();
        // another copy of the application renewed the pair behind the component's back: its refresh token is dead
        useUpRefreshToken(tokens().refreshToken());
        sandbox().oauth().expireAccessTokens();
        Exchange refused = template.request("direct:send", e -> e.getMessage().setBody("With a dead refresh token"));
        assertThat(refused.getException()).isInstanceOfSatisfying(Bitrix24NotifyException.class,
                error -> assertThat(error.getErrorCode()).isEqualTo("invalid_grant"));

        // the operator re-authorises the application and puts its new pair in the store
        SandboxTokens reauthorised = sandbox().oauth().issueTokens(CLIENT_ID, USER_ID);
        new FileTokenStore(file.toString()).save(new OAuthTokens(
                reauthorised.accessToken(), reauthorised.refreshToken(),
                reauthorised.expiresAt()));
        context.getRouteController().stopRoute("send");
        context.getRouteController().startRoute("send");
        Exchange delivered = template.request("direct:send", e -> e.getMessage().setBody("With the new pair"));

        assertThat(delivered.getException()).isNull();
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text).containsExactly("With the new pair");
        // the new pair was used as it was: one refused renewal (before the new pair), none since
        assertThat(sandbox().oauth().refusedRefreshCount()).isEqualTo(1);
        assertThat(sandbox().oauth().refreshCount()).as("renewals granted, the one behind the component's back").isEqualTo(1);
        assertThat(new FileTokenStore(file).load().orElseThrow().refreshToken()).isEqualTo(reauthorised.refreshToken());
    }

    @Test
    void endpointsWhosePortalUrlDiffersByATrailingSlashRenewOnceAndAllDeliver() {
        List<String> spellings = List.of(sandbox().portalUrl(), sandbox().portalUrl() + "/", sandbox().portalUrl() + "/rest/");
        List<String> endpoints = spellings.stream()
                .map(portalUrl -> "bitrix24-notify:notify?userId=5&portalUrl=RAW(" + portalUrl + ")").toList();
        endpoints.forEach(context::getEndpoint);
        sandbox().oauth().expireAccessTokens();

        List<Exchange> sent = endpoints.stream()
                .map(uri -> template.request(uri, e -> e.getMessage().setBody("Through " + uri))).toList();

        assertThat(sent).allSatisfy(exchange -> assertThat(exchange.getException()).isNull());
        assertThat(sandbox().oauth().refreshCount()).isEqualTo(1);
        assertThat(sandbox().oauth().refusedRefreshCount()).isZero();
        assertThat(sandbox().notifications(5)).hasSize(3);
    }

    @Test
    void twoFileTokenStoresOnOneFileRenewOnceAndBothDeliver() throws Exception {
        Path real = Files.createDirectories(directory.resolve("state"));
        Path link = Files.createSymbolicLink(directory.resolve("state-link"), real);
        context.getRegistry().bind("storeA", new FileTokenStore(real.resolve("tokens.json")));
        context.getRegistry().bind("storeB", new FileTokenStore(link.resolve("tokens.json").toString()));
        String viaA = "bitrix24-notify:notify?userId=5&tokenStore=#storeA";
        String viaB = "bitrix24-notify:notify?userId=6&tokenStore=#storeB";
        context.getEndpoint(viaA);
        context.getEndpoint(viaB);
        sandbox().oauth().expireAccessTokens();

        Exchange first = template.request(viaA, e -> e.getMessage().setBody("Through A"));
        Exchange second = template.request(viaB, e -> e.getMessage().setBody("Through B"));

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();
        assertThat(sandbox().oauth().refreshCount()).isEqualTo(1);
        assertThat(sandbox().oauth().refusedRefreshCount()).isZero();
    }

    @Test
    void plainHttpToAPortalUrlThatOnlyLooksLikeLoopbackIsRefusedAtStartUpShowingNoSecret() {
        assertRefusedAtStartUpShowingNoSecret(settings -> settings.setPortalUrl("http://127.evil.example/"),
                "portalUrl must use https://");
    }

    @Test
    void plainHttpToAnOAuthUrlThatOnlyLooksLikeLoopbackIsRefusedAtStartUpShowingNoSecret() {
        // the token request as the docs show it, query and all, pasted as oauthUrl
        assertRefusedAtStartUpShowingNoSecret(settings -> settings.setOauthUrl("http://127.evil.example/oauth/token/"
                                                                               + "?grant_type=refresh_token&client_id="
                                                                               + CLIENT_ID + "&client_secret=" + CLIENT_SECRET
                                                                               + "&refresh_token=" + tokens().refreshToken()),
                "oauthUrl must use https://");
    }

    /** The bad value set on the component, as camel-main sets it from application.properties. */
    private void assertRefusedAtStartUpShowingNoSecret(Consumer<Bitrix24NotifyConfiguration> misconfigure, String reason) {
        misconfigure.accept(context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).getConfiguration());
        List<String> secrets = List.of(CLIENT_SECRET, tokens().accessToken(), tokens().refreshToken());
        try (CapturedLog log = CapturedLog.open()) {
            assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:evil").routeId("evil").to("bitrix24-notify:notify?userId=5");
                }
            })).satisfies(error -> {
                String printed = StackTraces.of(error);
                assertThat(printed).contains(reason);
                secrets.forEach(secret -> assertThat(printed).doesNotContain(secret));
            });
            List<CapturedLog.Line> lines = log.lines();
            secrets.forEach(secret -> assertThat(lines).noneMatch(line -> line.text().contains(secret)));
        }
        assertThat(context.getRoute("evil")).isNull();
        assertThat(sandbox().calls()).isEmpty();
        assertThat(sandbox().oauth().refreshRequestCount()).isZero();
    }

    private void sendingRoute() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to("bitrix24-notify:notify?userId=5");
            }
        });
    }
}
