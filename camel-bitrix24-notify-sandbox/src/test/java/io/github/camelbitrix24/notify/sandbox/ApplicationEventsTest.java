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

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * An application installed on portals as Bitrix24 installs it: the installation callback and ONAPPINSTALL posted to its
 * handler, ONAPPUNINSTALL and the revoked tokens, events carrying the portal's own application_token.
 */
class ApplicationEventsTest {

    private static final String CLIENT_ID = "app.events";
    private static final String CLIENT_SECRET = "s3cr3t-of-the-app";

    private Bitrix24Sandbox sandbox;
    private ApplicationHandler application;
    private SandboxPortal acme;
    private SandboxPortal globex;

    @BeforeEach
    void twoPortalsAndAnApplication() {
        sandbox = Bitrix24Sandbox.start();
        sandbox.oauth().registerApp(CLIENT_ID, CLIENT_SECRET);
        application = new ApplicationHandler();
        acme = sandbox.portals().add("acme");
        globex = sandbox.portals().add("globex");
    }

    @AfterEach
    void stop() {
        application.close();
        sandbox.close();
    }

    @Test
    void installingPostsTheCallbackThenOnAppInstallWithTheDocumentedFields() {
        SandboxInstallation installed = acme.install(CLIENT_ID, application.url());

        assertThat(application.received()).hasSize(2);
        ApplicationHandler.Received callback = application.received().get(0);
        assertThat(callback.path()).isEqualTo("/bitrix24/events");
        assertThat(callback.query()).containsOnlyKeys("DOMAIN", "PROTOCOL", "LANG", "APP_SID")
                .containsEntry("DOMAIN", acme.domain())
                .containsEntry("PROTOCOL", "0")
                .containsEntry("LANG", "en");
        assertThat(callback.query().get("APP_SID")).matches("[0-9a-f]{32}");
        assertThat(callback.form()).containsOnlyKeys("AUTH_ID", "AUTH_EXPIRES", "REFRESH_ID", "SERVER_ENDPOINT",
                "APPLICATION_TOKEN", "APPLICATION_SCOPE", "member_id", "status", "PLACEMENT")
                .containsEntry("AUTH_ID", installed.tokens().accessToken())
                .containsEntry("AUTH_EXPIRES", "3600")
                .containsEntry("REFRESH_ID", installed.tokens().refreshToken())
                .containsEntry("SERVER_ENDPOINT", sandbox.portalUrl() + "/rest/")
                .containsEntry("APPLICATION_TOKEN", installed.applicationToken())
                .containsEntry("member_id", acme.memberId());

        Map<String, String> event = application.received().get(1).form();
        assertThat(event.keySet()).containsExactly("event", "data[VERSION]", "data[ACTIVE]", "data[INSTALLED]",
                "data[LANGUAGE_ID]", "ts", "auth[access_token]", "auth[expires]", "auth[expires_in]", "auth[scope]",
                "auth[domain]", "auth[server_endpoint]", "auth[status]", "auth[client_endpoint]", "auth[member_id]",
                "auth[user_id]", "auth[refresh_token]", "auth[application_token]");
        assertThat(event).containsEntry("event", "ONAPPINSTALL")
                .containsEntry("data[ACTIVE]", "Y")
                .containsEntry("data[INSTALLED]", "Y")
                .containsEntry("data[LANGUAGE_ID]", "en")
                .containsEntry("auth[access_token]", installed.tokens().accessToken())
                .containsEntry("auth[refresh_token]", installed.tokens().refreshToken())
                .containsEntry("auth[expires_in]", "3600")
                .containsEntry("auth[expires]", Long.toString(installed.tokens().expiresAt().getEpochSecond()))
                .containsEntry("auth[scope]", "im")
                .containsEntry("auth[domain]", acme.domain())
                .containsEntry("auth[client_endpoint]", acme.restAddress())
                .containsEntry("auth[server_endpoint]", sandbox.portalUrl() + "/rest/")
                .containsEntry("auth[member_id]", acme.memberId())
                .containsEntry("auth[user_id]", "1")
                .containsEntry("auth[application_token]", installed.applicationToken());
        assertThat(Long.parseLong(event.get("ts"))).isCloseTo(Instant.now().getEpochSecond(), within(60L));

        assertThat(acme.deliveries()).extracting(EventDelivery::event, EventDelivery::httpStatus)
                .containsExactly(tuple(EventDelivery.INSTALLATION_CALLBACK, 200),
                        tuple("ONAPPINSTALL", 200));
        assertThat(acme.deliveries().get(1).toString()).doesNotContain(installed.tokens().accessToken());
        assertThat(globex.deliveries()).isEmpty();
    }

    @Test
    void theInstalledPairWorksOnItsPortalOnly() {
        SandboxInstallation installed = acme.install(CLIENT_ID, application.url());
        String accessToken = application.received().get(1).form().get("auth[access_token]");

        assertThat(call(acme, accessToken).status()).isEqualTo(200);
        PortalHttpCaller.Reply elsewhere = call(globex, accessToken);
        assertThat(elsewhere.status()).isEqualTo(401);
        assertThat(elsewhere.error()).isEqualTo("invalid_token");
        assertThat(acme.installation(CLIENT_ID)).contains(installed);
        assertThat(globex.installation(CLIENT_ID)).isEmpty();
    }

    @Test
    void eachPortalGivesTheApplicationItsOwnApplicationToken() {
        SandboxInstallation onAcme = acme.install(CLIENT_ID, application.url());
        SandboxInstallation onGlobex = globex.install(CLIENT_ID, application.url());

        assertThat(onAcme.applicationToken()).matches("[0-9a-f]{32}").isNotEqualTo(onGlobex.applicationToken());
        assertThat(application.received()).extracting(received -> received.form().get("auth[member_id]"))
                .containsExactly(null, acme.memberId(), null, globex.memberId());
        assertThatThrownBy(() -> acme.install(CLIENT_ID, application.url())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> acme.install("app.never.registered")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uninstallingPostsOnAppUninstallAndRevokesThePortalsTokens() {
        SandboxInstallation onAcme = acme.install(CLIENT_ID, application.url());
        SandboxInstallation onGlobex = globex.install(CLIENT_ID, application.url());

        EventDelivery delivery = acme.uninstall(CLIENT_ID, true).orElseThrow();

        Map<String, String> event = application.received().get(4).form();
        assertThat(event.keySet()).containsExactly("event", "data[LANGUAGE_ID]", "data[CLEAN]", "ts", "auth[domain]",
                "auth[server_endpoint]", "auth[client_endpoint]", "auth[member_id]", "auth[application_token]");
        assertThat(event).containsEntry("event", "ONAPPUNINSTALL")
                .containsEntry("data[CLEAN]", "1")
                .containsEntry("auth[domain]", acme.domain())
                .containsEntry("auth[client_endpoint]", acme.restAddress())
                .containsEntry("auth[member_id]", acme.memberId())
                .containsEntry("auth[application_token]", onAcme.applicationToken());
        assertThat(delivery.httpStatus()).isEqualTo(200);
        PortalHttpCaller.Reply revoked = call(acme, onAcme.tokens().accessToken());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.error()).isEqualTo("invalid_token");
        PortalHttpCaller.Reply renewal = renew(onAcme.tokens().refreshToken());
        assertThat(renewal.status()).isEqualTo(400);
        assertThat(renewal.error()).isEqualTo("invalid_grant");
        assertThat(acme.installation(CLIENT_ID)).isEmpty();
        // the same application on another portal goes on
        assertThat(call(globex, onGlobex.tokens().accessToken()).status()).isEqualTo(200);
        assertThat(renew(onGlobex.tokens().refreshToken()).status()).isEqualTo(200);
        assertThatThrownBy(() -> acme.uninstall(CLIENT_ID, false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aForgedEventIsRefusedByTheHandlerAndItsAnswerRecorded() {
        acme.install(CLIENT_ID, application.url());

        EventDelivery forged = acme.postForgedEvent(CLIENT_ID, "ONAPPUNINSTALL", Map.of("LANGUAGE_ID", "en", "CLEAN", "1"));
        EventDelivery genuine = acme.postEvent(CLIENT_ID, "ONIMNOTIFYANSWER", Map.of("ID", "42"));

        assertThat(forged.httpStatus()).isEqualTo(401);
        assertThat(forged.accepted()).isFalse();
        assertThat(forged.field("auth[member_id]")).isEqualTo(acme.memberId());
        assertThat(forged.field("auth[application_token]")).isNotEqualTo(acme.installation(CLIENT_ID).orElseThrow()
                .applicationToken());
        assertThat(genuine.httpStatus()).isEqualTo(200);
        assertThat(genuine.field("data[ID]")).isEqualTo("42");
        assertThat(acme.deliveries()).extracting(EventDelivery::httpStatus).containsExactly(200, 200, 401, 200);
        assertThat(acme.installation(CLIENT_ID)).isPresent();
    }

    @Test
    void eventsAfterARenameCarryTheNewAddress() {
        acme.install(CLIENT_ID, application.url());

        acme.rename("acme-new");
        EventDelivery event = acme.postEvent(CLIENT_ID, "ONIMNOTIFYANSWER", Map.of("ID", "7"));

        assertThat(event.field("auth[client_endpoint]")).isEqualTo(sandbox.portalUrl() + "/acme-new/rest/");
        assertThat(event.field("auth[domain]")).isEqualTo("127.0.0.1:" + sandbox.port() + "/acme-new");
        assertThat(event.field("auth[member_id]")).isEqualTo(acme.memberId());
    }

    @Test
    void aHandlerThatDoesNotAnswerIsRecordedAsStatusZero() {
        String nobodyListens = application.url();
        application.close();

        acme.install(CLIENT_ID, nobodyListens);

        assertThat(acme.deliveries()).extracting(EventDelivery::httpStatus).containsExactly(0, 0);
        assertThat(acme.installation(CLIENT_ID)).isPresent();
    }

    private static PortalHttpCaller.Reply call(SandboxPortal portal, String accessToken) {
        return new PortalHttpCaller(portal.restAddress()).form("im.notify.get",
                PortalHttpCaller.form("auth", accessToken, "LIMIT", "5"));
    }

    private PortalHttpCaller.Reply renew(String refreshToken) {
        return new PortalHttpCaller(sandbox.oauthUrl()).form("", PortalHttpCaller.form("grant_type", "refresh_token",
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "refresh_token", refreshToken));
    }
}
