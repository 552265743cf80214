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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Many portals in one sandbox: each its own address, member_id, calls, store, limits, faults and tokens. */
class ManyPortalsTest {

    private static final String CLIENT_ID = "app.many.portals";
    private static final String CLIENT_SECRET = "s3cr3t-of-the-app";

    private Bitrix24Sandbox sandbox;
    private SandboxPortal acme;
    private SandboxPortal globex;

    @BeforeEach
    void twoPortals() {
        sandbox = Bitrix24Sandbox.start();
        sandbox.oauth().registerApp(CLIENT_ID, CLIENT_SECRET);
        acme = sandbox.portals().add("acme");
        globex = sandbox.portals().add("globex");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void eachPortalHasItsOwnAddressAndMemberId() {
        String server = "127.0.0.1:" + sandbox.port();

        assertThat(acme.restAddress()).isEqualTo("http://" + server + "/acme/rest/");
        assertThat(acme.domain()).isEqualTo(server + "/acme");
        assertThat(acme.webhookUrl()).startsWith("http://" + server + "/acme/rest/1/");
        assertThat(sandbox.portals().defaultPortal().restAddress()).isEqualTo(sandbox.portalUrl() + "/rest/");
        assertThat(acme.memberId()).matches("[0-9a-f]{32}").isNotEqualTo(globex.memberId())
                .isNotEqualTo(SandboxPortals.DEFAULT_MEMBER_ID);
        assertThat(sandbox.portals().byMemberId(globex.memberId())).containsSame(globex);
        assertThat(sandbox.portals().named("acme")).containsSame(acme);
        assertThat(sandbox.portals().size()).isEqualTo(3);
    }

    @Test
    void twoPortalsKeepTheirOwnCallsNotificationsLimitsAndFaults() {
        acme.limits().requestRate(0.01, 1);
        globex.faults().failNext("im.notify.get", 500, "INTERNAL_SERVER_ERROR", "Internal server error");

        assertThat(notify(acme, "to acme").status()).isEqualTo(200);
        assertThat(notify(globex, "to globex").status()).isEqualTo(200);
        PortalHttpCaller.Reply throttled = notify(acme, "again to acme");
        PortalHttpCaller.Reply second = notify(globex, "again to globex");
        PortalHttpCaller.Reply failed = new PortalHttpCaller(globex.webhookUrl()).json("im.notify.get", Map.of());

        assertThat(throttled.status()).isEqualTo(503);
        assertThat(throttled.error()).isEqualTo("QUERY_LIMIT_EXCEEDED");
        assertThat(second.status()).isEqualTo(200);
        assertThat(failed.status()).isEqualTo(500);
        assertThat(acme.notifications(2)).extracting(StoredNotification::text).containsExactly("to acme");
        assertThat(globex.notifications(2)).extracting(StoredNotification::text)
                .containsExactly("again to globex", "to globex");
        assertThat(acme.calls()).extracting(RecordedCall::httpStatus).containsExactly(200, 503);
        assertThat(globex.calls()).extracting(RecordedCall::method)
                .containsExactly("im.notify", "im.notify", "im.notify.get");
        assertThat(acme.answeredErrors("QUERY_LIMIT_EXCEEDED")).isEqualTo(1);
        assertThat(globex.answeredErrors("QUERY_LIMIT_EXCEEDED")).isZero();
        assertThat(sandbox.calls()).isEmpty();
        assertThat(sandbox.notifications(2)).isEmpty();
        assertThat(sandbox.limits().requestBucket()).isEmpty();
    }

    @Test
    void aWebhookOfOnePortalIsRefusedByAnother() {
        String acmeCode = acme.webhookUrl().replaceAll(".*/rest/1/([^/]+)/$", "$1");

        PortalHttpCaller.Reply reply = new PortalHttpCaller(globex.restAddress() + "1/" + acmeCode + "/")
                .json("im.notify.get", Map.of());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void aPortalsTokenWorksOnThatPortalOnly() {
        SandboxTokens tokens = acme.issueTokens(CLIENT_ID, 1);

        assertThat(oauthCall(acme, tokens.accessToken()).status()).isEqualTo(200);
        for (SandboxPortal other : new SandboxPortal[] { globex, sandbox.portals().defaultPortal() }) {
            PortalHttpCaller.Reply refused = oauthCall(other, tokens.accessToken());
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.error()).isEqualTo("invalid_token");
            assertThat(other.calls()).singleElement().satisfies(call -> assertThat(call.userId()).isZero());
        }
        assertThat(acme.calls()).singleElement().satisfies(call -> assertThat(call.userId()).isEqualTo(1));
    }

    @Test
    void aRenewalAnswersForThePortalTheRefreshTokenBelongsTo() {
        JsonNode acmeAnswer = renew(acme.issueTokens(CLIENT_ID, 3).refreshToken()).body();
        JsonNode globexAnswer = renew(globex.issueTokens(CLIENT_ID, 4).refreshToken()).body();
        JsonNode defaultAnswer = renew(sandbox.oauth().issueTokens(CLIENT_ID, 5).refreshToken()).body();

        assertThat(acmeAnswer.fieldNames()).toIterable().containsExactlyInAnyOrder("access_token", "refresh_token",
                "expires", "expires_in", "client_endpoint", "server_endpoint", "domain", "member_id", "scope", "status",
                "user_id");
        assertThat(acmeAnswer.get("member_id").asText()).isEqualTo(acme.memberId());
        assertThat(acmeAnswer.get("client_endpoint").asText()).isEqualTo(acme.restAddress());
        assertThat(acmeAnswer.get("user_id").asLong()).isEqualTo(3);
        assertThat(globexAnswer.get("member_id").asText()).isEqualTo(globex.memberId());
        assertThat(globexAnswer.get("client_endpoint").asText()).isEqualTo(globex.restAddress());
        assertThat(defaultAnswer.get("member_id").asText()).isEqualTo(SandboxPortals.DEFAULT_MEMBER_ID);
        assertThat(defaultAnswer.get("client_endpoint").asText()).isEqualTo(sandbox.portalUrl() + "/rest/");
        // the authorization server's own fields, the same for every portal, as oauth.bitrix.info answers
        for (JsonNode answer : new JsonNode[] { acmeAnswer, globexAnswer, defaultAnswer }) {
            assertThat(answer.get("domain").asText()).isEqualTo("127.0.0.1:" + sandbox.port());
            assertThat(answer.get("server_endpoint").asText()).isEqualTo(sandbox.portalUrl() + "/rest/");
        }
        // the renewed token stays its portal's
        assertThat(oauthCall(acme, acmeAnswer.get("access_token").asText()).status()).isEqualTo(200);
        assertThat(oauthCall(globex, acmeAnswer.get("access_token").asText()).status()).isEqualTo(401);
    }

    @Test
    void aRenamedPortalServesAtItsNewAddressAndItsOldOneRedirects() throws Exception {
        SandboxTokens tokens = acme.issueTokens(CLIENT_ID, 1);
        String oldRest = acme.restAddress();
        String oldWebhook = acme.webhookUrl();

        acme.rename("acme-new");
        HttpResponse<String> atTheOldAddress = post(oldRest + "im.notify.get?auth=" + tokens.accessToken());
        HttpResponse<String> oldWebhookCall = post(oldWebhook + "im.notify.get");

        assertThat(acme.restAddress()).isEqualTo(sandbox.portalUrl() + "/acme-new/rest/");
        assertThat(acme.domain()).endsWith("/acme-new");
        assertThat(atTheOldAddress.statusCode()).isEqualTo(301);
        assertThat(atTheOldAddress.headers().firstValue("Location"))
                .contains(acme.restAddress() + "im.notify.get?auth=" + tokens.accessToken());
        assertThat(oldWebhookCall.statusCode()).isEqualTo(301);
        assertThat(oldWebhookCall.headers().firstValue("Location")).contains(acme.webhookUrl() + "im.notify.get");
        assertThat(acme.httpRequestCount()).isZero();
        // the same portal, data and tokens at the new address
        assertThat(oauthCall(acme, tokens.accessToken()).status()).isEqualTo(200);
        assertThat(notify(acme, "after the move").status()).isEqualTo(200);
        assertThat(acme.calls()).hasSize(2);
        JsonNode renewed = renew(tokens.refreshToken()).body();
        assertThat(renewed.get("client_endpoint").asText()).isEqualTo(sandbox.portalUrl() + "/acme-new/rest/");
        assertThat(renewed.get("member_id").asText()).isEqualTo(acme.memberId());
        assertThat(sandbox.portals().named("acme")).isEmpty();
        assertThat(sandbox.portals().named("acme-new")).containsSame(acme);
    }

    @Test
    void namesAreCheckedAndNeverReused() {
        acme.rename("acme-new");

        assertThatThrownBy(() -> sandbox.portals().add("acme")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("taken");
        assertThatThrownBy(() -> sandbox.portals().add("globex")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> globex.rename("acme-new")).isInstanceOf(IllegalArgumentException.class);
        for (String bad : new String[] { "rest", "oauth", "Acme", "-acme", "acme/x", "", "a.b" }) {
            assertThatThrownBy(() -> sandbox.portals().add(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> sandbox.portals().defaultPortal().rename("root"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resetForgetsEveryPortalsCallsAndNotifications() {
        notify(acme, "to acme");
        notify(globex, "to globex");

        sandbox.reset();

        assertThat(acme.calls()).isEmpty();
        assertThat(globex.notifications(2)).isEmpty();
        assertThat(notify(acme, "still there").status()).isEqualTo(200);
    }

    private static PortalHttpCaller.Reply notify(SandboxPortal portal, String text) {
        return new PortalHttpCaller(portal.webhookUrl()).json("im.notify", Map.of("to", 2, "message", text));
    }

    private static PortalHttpCaller.Reply oauthCall(SandboxPortal portal, String accessToken) {
        return new PortalHttpCaller(portal.restAddress()).form("im.notify.get",
                PortalHttpCaller.form("auth", accessToken, "LIMIT", "5"));
    }

    private PortalHttpCaller.Reply renew(String refreshToken) {
        return new PortalHttpCaller(sandbox.oauthUrl()).form("", PortalHttpCaller.form("grant_type", "refresh_token",
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "refresh_token", refreshToken));
    }

    private static HttpResponse<String> post(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
