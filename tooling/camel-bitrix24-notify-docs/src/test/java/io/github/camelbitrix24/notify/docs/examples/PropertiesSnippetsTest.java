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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConfiguration;
import io.github.camelbitrix24.notify.client.config.FileTokenStore;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.SandboxTokens;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs' camel-main properties (snippets/*.properties) and the token file of the authorization-code answer
 * (snippets/oauth-answer.json). Each is loaded as written; where it names a real portal or a path of the reader's
 * machine, a second run replaces just those with the sandbox's address and a temporary file, and calls the portal.
 */
class PropertiesSnippetsTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final String PORTAL_IN_THE_DOCS = "https://mycompany.bitrix24.com";
    private static final String TOKEN_FILE_IN_THE_DOCS = "/var/lib/myapp/bitrix24-tokens.json";
    private static final String APP = "local.docs.app";
    private static final String APP_SECRET = "docs-app-secret";

    @TempDir
    Path dir;

    @BeforeEach
    void freshPortal() {
        PORTAL.sandbox().reset();
    }

    @Test
    void theWebhookFromTheEnvironmentWithAClientIdSendsTaggedNotifications() {
        try (CamelMainRun camel = new CamelMainRun().propertiesFile("classpath:snippets/webhook.properties")
                .env("BITRIX24_WEBHOOK_URL", PORTAL.sandbox().webhookUrl())
                .routes(alertRoute())
                .start()) {
            camel.template().requestBody("direct:tagged-alert", "Disk full on db-1");
        }

        RecordedCall call = PORTAL.sandbox().calls("im.notify").get(0);
        assertThat(call.succeeded()).isTrue();
        assertThat(call.param("CLIENT_ID")).isEqualTo("my.integration");
        assertThat(call.param("TAG")).isEqualTo("DISK_DB1");
    }

    @Test
    void theOAuthPropertiesAsWrittenMakeAFileTokenStoreOnThatPath() {
        try (CamelMainRun camel = new CamelMainRun().propertiesFile("classpath:snippets/oauth-pair.properties")
                .env("BITRIX24_CLIENT_ID", APP).env("BITRIX24_CLIENT_SECRET", APP_SECRET)
                .env("BITRIX24_ACCESS_TOKEN", "access-from-env").env("BITRIX24_REFRESH_TOKEN", "refresh-from-env")
                .start()) {
            Bitrix24NotifyConfiguration portal = portalOf(camel);
            assertThat(portal.getPortalUrl()).isEqualTo(PORTAL_IN_THE_DOCS);
            assertThat(portal.getClientId()).isEqualTo(APP);
            assertThat(portal.getClientSecret()).isEqualTo(APP_SECRET);
            assertThat(portal.getAccessToken()).isEqualTo("access-from-env");
            assertThat(portal.getRefreshToken()).isEqualTo("refresh-from-env");
            assertThat(portal.getTokenStore()).isInstanceOfSatisfying(FileTokenStore.class,
                    store -> assertThat(store.file()).isEqualTo(Path.of(TOKEN_FILE_IN_THE_DOCS)));
        }
    }

    @Test
    void theOAuthPropertiesCallThePortalAndKeepTheRotatedPairInTheTokenFile() throws IOException {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        SandboxTokens issued = sandbox.oauth().registerApp(APP, APP_SECRET).issueTokens(APP, 1);
        Path tokenFile = dir.resolve("bitrix24-tokens.json");

        try (CamelMainRun camel = new CamelMainRun().propertiesFile(onThisMachine("snippets/oauth-pair.properties", tokenFile))
                .property("camel.component.bitrix24-notify.oauthUrl", sandbox.oauthUrl())
                .env("BITRIX24_CLIENT_ID", APP).env("BITRIX24_CLIENT_SECRET", APP_SECRET)
                .env("BITRIX24_ACCESS_TOKEN", issued.accessToken()).env("BITRIX24_REFRESH_TOKEN", issued.refreshToken())
                .routes(alertRoute())
                .start()) {
            camel.template().requestBody("direct:alert", "Disk full on db-1");
            sandbox.oauth().expireAccessTokens();
            camel.template().requestBody("direct:alert", "Disk full on db-2");
        }

        assertThat(sandbox.notifications(5)).hasSize(2);
        assertThat(sandbox.oauth().refreshCount()).isEqualTo(1);
        OAuthTokens kept = new FileTokenStore(tokenFile).load().orElseThrow();
        assertThat(kept.refreshToken()).as("rotated, and saved").isNotEqualTo(issued.refreshToken());
    }

    @Test
    void theAnswerOfTheAuthorizationCodeExchangeSavedAsItIsIsATokenFile() throws IOException {
        Path tokenFile = dir.resolve("bitrix24-tokens.json");
        Files.writeString(tokenFile, resource("snippets/oauth-answer.json"));

        OAuthTokens pair = new FileTokenStore(tokenFile).load().orElseThrow();

        assertThat(pair.accessToken()).isEqualTo("s1morf609228iwyjjpvfv6wsvuja4p8u");
        assertThat(pair.refreshToken()).isEqualTo("4f9k4jpmg13usmybzuqknt2v9fh0q6rl");
    }

    @Test
    void theTokenFileConfigurationStartsFromThePairInTheFile() throws IOException {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        SandboxTokens issued = sandbox.oauth().registerApp(APP, APP_SECRET).issueTokens(APP, 1);
        Path tokenFile = dir.resolve("bitrix24-tokens.json");
        // the answer as the guide saves it, with the sandbox's pair in place of the example's
        Files.writeString(tokenFile, resource("snippets/oauth-answer.json")
                .replace("s1morf609228iwyjjpvfv6wsvuja4p8u", issued.accessToken())
                .replace("4f9k4jpmg13usmybzuqknt2v9fh0q6rl", issued.refreshToken()));

        try (CamelMainRun camel = new CamelMainRun()
                .propertiesFile(onThisMachine("snippets/oauth-token-file.properties", tokenFile))
                .property("camel.component.bitrix24-notify.oauthUrl", sandbox.oauthUrl())
                .env("BITRIX24_CLIENT_ID", APP).env("BITRIX24_CLIENT_SECRET", APP_SECRET)
                .routes(alertRoute())
                .start()) {
            camel.template().requestBody("direct:alert", "Disk full on db-1");
            sandbox.oauth().expireAccessTokens();
            camel.template().requestBody("direct:alert", "Disk full on db-2");
        }

        assertThat(sandbox.notifications(5)).hasSize(2);
        assertThat(new FileTokenStore(tokenFile).load().orElseThrow().refreshToken()).isNotEqualTo(issued.refreshToken());
    }

    @Test
    void thePlanAndBatchSizeProperties() {
        try (CamelMainRun camel = new CamelMainRun().propertiesFile("classpath:snippets/limits.properties")
                .property("camel.component.bitrix24-notify.webhookUrl", PORTAL.sandbox().webhookUrl())
                .routes(alertRoute())
                .start()) {
            assertThat(portalOf(camel).getPlan()).isEqualTo(PortalPlan.ENTERPRISE);
            assertThat(portalOf(camel).getBatchSize()).isEqualTo(50);
            camel.template().requestBody("direct:alert", "Disk full on db-1");
        }
        assertThat(PORTAL.sandbox().notifications(5)).hasSize(1);
    }

    private static RouteBuilder alertRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:alert").to("bitrix24-notify:notify?userId=5");
                from("direct:tagged-alert").to("bitrix24-notify:notify?userId=5&tag=DISK_DB1");
            }
        };
    }

    private static Bitrix24NotifyConfiguration portalOf(CamelMainRun camel) {
        return camel.context().getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).getConfiguration();
    }

    /** The properties with the docs' portal and token file replaced by the sandbox and a file of this test. */
    private String onThisMachine(String resource, Path tokenFile) throws IOException {
        Path file = dir.resolve(Path.of(resource).getFileName());
        Files.writeString(file, resource(resource).replace(PORTAL_IN_THE_DOCS, PORTAL.sandbox().portalUrl())
                .replace(TOKEN_FILE_IN_THE_DOCS, tokenFile.toString()));
        return "file:" + file;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PropertiesSnippetsTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
