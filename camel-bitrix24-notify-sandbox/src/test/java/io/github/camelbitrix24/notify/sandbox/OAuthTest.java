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
package io.github.camelbitrix24.notify.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** OAuth applications: the token endpoint renews and rotates, {@code /rest/{method}} takes the access token. */
class OAuthTest {

    @RegisterExtension
    static Bitrix24SandboxExtension portal = new Bitrix24SandboxExtension();

    private static final String CLIENT_ID = "local.sandbox.app";
    private static final String CLIENT_SECRET = "s3cr3t-of-the-app";

    private Bitrix24Sandbox sandbox;
    private PortalHttpCaller tokenEndpoint;
    private PortalHttpCaller rest;

    @BeforeEach
    void freshPortal() {
        sandbox = portal.sandbox();
        sandbox.reset();
        sandbox.oauth().accessTokenLifetime(Duration.ofHours(1)).registerApp(CLIENT_ID, CLIENT_SECRET);
        tokenEndpoint = new PortalHttpCaller(sandbox.oauthUrl());
        rest = new PortalHttpCaller(sandbox.portalUrl() + "/rest/");
    }

    @Test
    void aFormPostRenewsThePairWithTheDocumentedFields() {
        SandboxTokens issued = sandbox.oauth().issueTokens(CLIENT_ID, 7);

        PortalHttpCaller.Reply reply = renew(issued.refreshToken());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("access_token", "refresh_token", "expires",
                "expires_in", "client_endpoint", "server_endpoint", "domain", "member_id", "scope", "status", "user_id");
        assertThat(body.get("access_token").asText()).isNotBlank().isNotEqualTo(issued.accessToken());
        assertThat(body.get("refresh_token").asText()).isNotBlank().isNotEqualTo(issued.refreshToken());
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(body.get("expires").asLong()).isCloseTo(Instant.now().getEpochSecond() + 3600, within(60L));
        assertThat(body.get("client_endpoint").asText()).isEqualTo(sandbox.portalUrl() + "/rest/");
        assertThat(body.get("user_id").asLong()).isEqualTo(7);
        assertThat(body.get("scope").asText()).isEqualTo("im");
        assertThat(sandbox.oauth().refreshCount()).isEqualTo(1);
    }

    @Test
    void aGetWithTheQueryRenewsAsTheDocsShow() {
        SandboxTokens issued = sandbox.oauth().issueTokens(CLIENT_ID, 1);

        PortalHttpCaller.Reply reply = tokenEndpoint.get("?" + PortalHttpCaller.form("grant_type", "refresh_token",
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "refresh_token", issued.refreshToken()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("access_token").asText()).isNotBlank();
    }

    @Test
    void anAuthorizationCodeIsExchangedOnceForAFirstPairThatCallsThePortal() {
        String code = sandbox.oauth().issueAuthorizationCode(CLIENT_ID, 1);
        String exchange = "?" + PortalHttpCaller.form("grant_type", "authorization_code", "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET, "code", code);

        PortalHttpCaller.Reply first = tokenEndpoint.get(exchange);
        PortalHttpCaller.Reply again = tokenEndpoint.get(exchange);

        assertThat(first.status()).isEqualTo(200);
        String accessToken = first.body().get("access_token").asText();
        assertThat(first.body().get("refresh_token").asText()).isNotBlank();
        assertThat(rest.json("im.notify.get", Map.of("auth", accessToken)).status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void anAuthorizationCodeWithTheWrongSecretIsInvalidClient() {
        String code = sandbox.oauth().issueAuthorizationCode(CLIENT_ID, 1);

        PortalHttpCaller.Reply reply = tokenEndpoint.get("?" + PortalHttpCaller.form("grant_type", "authorization_code",
                "client_id", CLIENT_ID, "client_secret", "not-the-secret", "code", code));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void everyRenewalRotatesTheRefreshTokenAndAUsedOneIsInvalidGrant() {
        SandboxTokens issued = sandbox.oauth().issueTokens(CLIENT_ID, 1);
        String second = renew(issued.refreshToken()).body().get("refresh_token").asText();

        PortalHttpCaller.Reply reused = renew(issued.refreshToken());

        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.error()).isEqualTo("invalid_grant");
        assertThat(renew(second).status()).isEqualTo(200);
        assertThat(renew(second).error()).isEqualTo("invalid_grant");
        assertThat(sandbox.oauth().refreshCount()).isEqualTo(2);
        assertThat(sandbox.oauth().refusedRefreshCount()).isEqualTo(2);
    }

    @Test
    void wrongKeysAreInvalidClientAndLeaveTheRefreshTokenUsable() {
        SandboxTokens issued = sandbox.oauth().issueTokens(CLIENT_ID, 1);

        PortalHttpCaller.Reply wrongSecret = tokenEndpoint.form("", PortalHttpCaller.form("grant_type", "refresh_token",
                "client_id", CLIENT_ID, "client_secret", "guess", "refresh_token", issued.refreshToken()));
        PortalHttpCaller.Reply unknownApp = tokenEndpoint.form("", PortalHttpCaller.form("grant_type", "refresh_token",
                "client_id", "other.app", "client_secret", CLIENT_SECRET, "refresh_token", issued.refreshToken()));

        assertThat(List.of(wrongSecret, unknownApp)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.error()).isEqualTo("invalid_client");
        });
        assertThat(renew(issued.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void anotherApplicationsRefreshTokenIsInvalidGrant() {
        sandbox.oauth().registerApp("other.app", "other-secret");
        SandboxTokens others = sandbox.oauth().issueTokens("other.app", 1);

        assertThat(renew(others.refreshToken()).error()).isEqualTo("invalid_grant");
        assertThat(tokenEndpoint.form("", PortalHttpCaller.form("grant_type", "refresh_token", "client_id", "other.app",
                "client_secret", "other-secret", "refresh_token", others.refreshToken())).status()).isEqualTo(200);
    }

    @Test
    void onlyRefreshTokenAndAuthorizationCodeGrantsAreServed() {
        PortalHttpCaller.Reply unknownGrant = tokenEndpoint.form("", PortalHttpCaller.form("grant_type", "password",
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
        PortalHttpCaller.Reply unknownCode = tokenEndpoint.form("", PortalHttpCaller.form("grant_type", "authorization_code",
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "code", "abc"));

        assertThat(unknownGrant.status()).isEqualTo(400);
        assertThat(unknownGrant.error()).isEqualTo("invalid_request");
        assertThat(unknownCode.status()).isEqualTo(400);
        assertThat(unknownCode.error()).isEqualTo("invalid_grant");
    }

    @Test
    void restCallsActAsTheTokensUserWithAuthInAJsonBodyAFormOrTheQuery() {
        SandboxTokens tokens = sandbox.oauth().issueTokens(CLIENT_ID, 7);

        long viaJson = rest.json("im.notify.personal.add", Map.of("auth", tokens.accessToken(), "USER_ID", 3,
                "MESSAGE", "json")).result().asLong();
        long viaForm = rest.form("im.notify.personal.add", PortalHttpCaller.form("auth", tokens.accessToken(),
                "USER_ID", "3", "MESSAGE", "form")).result().asLong();
        JsonNode viaQuery = rest.get("im.notify.get?auth=" + tokens.accessToken()).result();

        assertThat(List.of(viaJson, viaForm)).allSatisfy(id -> assertThat(sandbox.notification(id).orElseThrow().authorId())
                .isEqualTo(7));
        assertThat(viaQuery.has("notifications")).isTrue();
        assertThat(sandbox.calls()).hasSize(3).allSatisfy(call -> {
            assertThat(call.userId()).isEqualTo(7);
            assertThat(call.succeeded()).isTrue();
            assertThat(call.params()).doesNotContainKey("auth");
            assertThat(call.params().values()).doesNotContain(tokens.accessToken());
        });
    }

    @Test
    void anExpiredAccessTokenIs401ExpiredTokenUntilRenewed() {
        SandboxTokens tokens = sandbox.oauth().issueTokens(CLIENT_ID, 1);
        sandbox.oauth().expireAccessTokens();

        PortalHttpCaller.Reply expired = rest.json("im.notify.read.all", Map.of("auth", tokens.accessToken()));
        String renewed = renew(tokens.refreshToken()).body().get("access_token").asText();

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.error()).isEqualTo("expired_token");
        assertThat(expired.errorDescription()).isEqualTo("The access token provided has expired.");
        assertThat(sandbox.calls()).singleElement().satisfies(call -> {
            assertThat(call.errorCode()).isEqualTo("expired_token");
            assertThat(call.params()).doesNotContainKey("auth");
        });
        assertThat(rest.json("im.notify.read.all", Map.of("auth", renewed)).status()).isEqualTo(200);
    }

    @Test
    void anUnknownAccessTokenIs401InvalidTokenAndNoneIsNoAuthFound() {
        PortalHttpCaller.Reply unknown = rest.json("im.notify.read.all", Map.of("auth", "not-a-token"));
        PortalHttpCaller.Reply none = rest.json("im.notify.read.all", Map.of());

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.error()).isEqualTo("invalid_token");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.error()).isEqualTo("NO_AUTH_FOUND");
    }

    @Test
    void theAccessTokenLifetimeIsConfigurable() {
        sandbox.oauth().accessTokenLifetime(Duration.ofMinutes(5));
        SandboxTokens tokens = sandbox.oauth().issueTokens(CLIENT_ID, 1);

        assertThat(tokens.expiresAt()).isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(300));
        assertThat(renew(tokens.refreshToken()).body().get("expires_in").asLong()).isEqualTo(300);
        assertThatThrownBy(() -> sandbox.oauth().accessTokenLifetime(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tagsBelongToTheTokensApplicationWithoutClientId() throws Exception {
        SandboxTokens tokens = sandbox.oauth().issueTokens(CLIENT_ID, 1);
        long id = rest.json("im.notify", Map.of("auth", tokens.accessToken(), "USER_ID", 2, "MESSAGE", "m",
                "TAG", "BUILD")).result().asLong();

        assertThat(sandbox.notification(id).orElseThrow().tag()).isEqualTo("MP|" + appKey(CLIENT_ID) + "|BUILD");
        PortalHttpCaller.Reply deleted = rest.json("im.notify.delete",
                Map.of("auth", tokens.accessToken(), "TAG", "BUILD"));
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(sandbox.notification(id)).isEmpty();
    }

    @Test
    void batchCommandsRunAsTheTokensUserAndApplication() {
        SandboxTokens tokens = sandbox.oauth().issueTokens(CLIENT_ID, 4);

        JsonNode result = rest.json("batch", Map.of("auth", tokens.accessToken(), "cmd",
                Map.of("a", "im.notify.personal.add?USER_ID=2&MESSAGE=hi&TAG=T"))).result();

        long id = result.path("result").path("a").asLong();
        assertThat(sandbox.notification(id).orElseThrow().authorId()).isEqualTo(4);
        assertThat(sandbox.notification(id).orElseThrow().tag()).endsWith("|T").startsWith("MP|");
        assertThat(sandbox.calls()).extracting(RecordedCall::userId).containsOnly(4L);
    }

    @Test
    void resetForgetsTheRenewalCountsButKeepsApplicationsAndTokens() {
        SandboxTokens tokens = sandbox.oauth().issueTokens(CLIENT_ID, 1);
        renew(tokens.refreshToken());

        sandbox.reset();

        assertThat(sandbox.oauth().refreshCount()).isZero();
        assertThat(sandbox.oauth().issueTokens(CLIENT_ID, 1).accessToken()).isNotBlank();
    }

    @Test
    void injectedServerErrorsAnswerTheNextRenewalsAndLeaveTheRefreshTokenUsable() {
        SandboxTokens issued = sandbox.oauth().issueTokens(CLIENT_ID, 1);
        sandbox.oauth().failNextRenewals(1, 503, "temporarily_unavailable", "The server is down for maintenance")
                .failNextRenewalsAtTheProxy(1, 429);

        PortalHttpCaller.Reply serverError = renew(issued.refreshToken());
        PortalHttpCaller.Reply proxyError = renew(issued.refreshToken());
        PortalHttpCaller.Reply renewed = renew(issued.refreshToken());

        assertThat(serverError.status()).isEqualTo(503);
        assertThat(serverError.error()).isEqualTo("temporarily_unavailable");
        assertThat(serverError.errorDescription()).isEqualTo("The server is down for maintenance");
        assertThat(proxyError.status()).isEqualTo(429);
        assertThat(proxyError.contentType()).startsWith("text/html");
        assertThat(proxyError.body().asText()).contains("429");
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(sandbox.oauth().refreshRequestCount()).isEqualTo(3);
        assertThat(sandbox.oauth().refreshCount()).isEqualTo(1);
        assertThat(sandbox.oauth().refusedRefreshCount()).isZero();
    }

    @Test
    void aResetForgetsTheInjectedRenewalFaultsAndTheRequestCount() {
        SandboxTokens issued = sandbox.oauth().issueTokens(CLIENT_ID, 1);
        sandbox.oauth().failNextRenewalsAtTheProxy(2, 403);
        assertThat(renew(issued.refreshToken()).status()).isEqualTo(403);

        sandbox.reset();

        assertThat(sandbox.oauth().refreshRequestCount()).isZero();
        assertThat(renew(issued.refreshToken()).status()).isEqualTo(200);
        assertThat(sandbox.oauth().refreshRequestCount()).isEqualTo(1);
    }

    @Test
    void anInjectedFaultNeedsAnErrorStatus() {
        assertThatThrownBy(() -> sandbox.oauth().failNextRenewalsAtTheProxy(1, 200))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sandbox.oauth().failNextRenewals(0, 503, "temporarily_unavailable", "down"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokensNeverShowInToString() {
        SandboxTokens tokens = sandbox.oauth().issueTokens(CLIENT_ID, 1);

        assertThat(tokens.toString()).doesNotContain(tokens.accessToken()).doesNotContain(tokens.refreshToken());
    }

    private PortalHttpCaller.Reply renew(String refreshToken) {
        return tokenEndpoint.form("", PortalHttpCaller.form("grant_type", "refresh_token", "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET, "refresh_token", refreshToken));
    }

    private static String appKey(String clientId) throws Exception {
        byte[] digest = MessageDigest.getInstance("MD5").digest(clientId.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 5);
    }
}
