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
package io.github.camelbitrix24.notify.kamelets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.SandboxTokens;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAuth Kamelets as an application of the sandbox portal: calls made with the access token as the user who
 * authorised the application, an expired token renewed, and the renewed pair kept in the token store the Kamelet was
 * given.
 */
class OAuthKameletsTest extends CamelTestSupport {

    @TempDir
    static Path tokenDirectory;

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final String CLIENT_ID = "local.kamelet-test.app";
    private static final String CLIENT_SECRET = "k4m3l3t-t3st-s3cr3t";
    private static final long USER_ID = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger TOKEN_FILES = new AtomicInteger();

    private SandboxTokens issued;
    private Path tokenFile;
    /** The Kamelet properties of the application, with this test's pair and token file. */
    private String application;

    @BeforeAll
    static void registerTheApplication() {
        PORTAL.sandbox().oauth().registerApp(CLIENT_ID, CLIENT_SECRET);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        // each test's context starts from a first pair of its own, as after the user authorised the application
        issued = PORTAL.sandbox().oauth().issueTokens(CLIENT_ID, USER_ID);
        tokenFile = tokenDirectory.resolve("tokens-" + TOKEN_FILES.incrementAndGet() + ".json");
        application = "portalUrl=RAW(" + PORTAL.sandbox().portalUrl() + ")"
                      + "&oauthUrl=RAW(" + PORTAL.sandbox().oauthUrl() + ")"
                      + "&clientId=RAW(" + CLIENT_ID + ")&clientSecret=RAW(" + CLIENT_SECRET + ")"
                      + "&accessToken=RAW(" + issued.accessToken() + ")&refreshToken=RAW(" + issued.refreshToken() + ")"
                      + "&tokenStore=#class:io.github.camelbitrix24.notify.client.config.FileTokenStore('" + tokenFile + "')";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:alert")
                        .to("kamelet:bitrix24-notify-oauth-sink?" + application + "&userId=5&type=SYSTEM&tag=BACKUP_STATUS");
            }
        };
    }

    @Test
    void sinkSendsAsTheApplicationAndRenewsAnExpiredToken() throws Exception {
        PORTAL.sandbox().clearCalls();
        int renewals = PORTAL.sandbox().oauth().refreshCount();

        Exchange sent = template.request("direct:alert", exchange -> exchange.getMessage().setBody("Nightly backup finished"));
        String first = sent.getMessage().getBody(String.class);
        PORTAL.sandbox().oauth().expireAccessTokens();
        String second = template.requestBody("direct:alert", "Nightly backup failed", String.class);

        List<RecordedCall> sends = PORTAL.sandbox().calls("im.notify");
        assertThat(sends).filteredOn(RecordedCall::succeeded).extracting(call -> call.param("MESSAGE"))
                .containsExactly("Nightly backup finished", "Nightly backup failed");
        assertThat(sends).filteredOn(RecordedCall::succeeded).allSatisfy(call -> {
            assertThat(call.userId()).as("the user who authorised the application").isEqualTo(USER_ID);
            assertThat(call.param("USER_ID")).isEqualTo("5");
            assertThat(call.param("TYPE")).isEqualTo("SYSTEM");
            assertThat(call.param("TAG")).isEqualTo("BACKUP_STATUS");
        });
        assertThat(sends).anyMatch(call -> "expired_token".equals(call.errorCode()));
        // the declared output, JSON: each new notification's id; the second, of the same tag, replaced the first
        assertThat(sent.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(JSON.readTree(first).isIntegralNumber()).as(first).isTrue();
        assertThat(PORTAL.sandbox().notification(JSON.readTree(second).asLong())).get()
                .satisfies(stored -> assertThat(stored.text()).isEqualTo("Nightly backup failed"));
        assertThat(PORTAL.sandbox().oauth().refreshCount()).isEqualTo(renewals + 1);
        // the renewed pair went to the token store; the first refresh token is used up
        JsonNode stored = JSON.readTree(Files.readString(tokenFile));
        assertThat(stored.get("refresh_token").asText()).isNotBlank().isNotEqualTo(issued.refreshToken());
    }

    @Test
    void sourceEmitsTheUsersNotificationsAfterRenewingAnExpiredToken() throws Exception {
        long waiting = PORTAL.sandbox().seed(USER_ID).fromUser(7).text("Please review the Q3 budget").create();
        // the first poll meets an expired access token
        PORTAL.sandbox().oauth().expireAccessTokens();
        PORTAL.sandbox().clearCalls();
        int renewals = PORTAL.sandbox().oauth().refreshCount();
        MockEndpoint inbox = getMockEndpoint("mock:inbox");
        inbox.expectedMessageCount(1);

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:bitrix24-notify-oauth-source?" + application + "&delay=1s&startFrom=UNREAD").to("mock:inbox");
            }
        });

        inbox.assertIsSatisfied();
        JsonNode emitted = JSON.readTree(inbox.getExchanges().get(0).getMessage().getBody(String.class));
        assertThat(emitted.get("id").asLong()).isEqualTo(waiting);
        assertThat(emitted.get("text").asText()).isEqualTo("Please review the Q3 budget");
        assertThat(inbox.getExchanges().get(0).getMessage().getHeader("notify-id", Long.class)).isEqualTo(waiting);
        List<RecordedCall> polls = PORTAL.sandbox().calls("im.notify.get");
        assertThat(polls).anyMatch(call -> "expired_token".equals(call.errorCode()));
        assertThat(polls).anyMatch(call -> call.succeeded() && call.userId() == USER_ID);
        assertThat(PORTAL.sandbox().oauth().refreshCount()).isEqualTo(renewals + 1);
        assertThat(JSON.readTree(Files.readString(tokenFile)).get("refresh_token").asText())
                .isNotEqualTo(issued.refreshToken());
    }
}
