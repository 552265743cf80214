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

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone sandbox as anyone runs it, in a JVM of its own, and called as a client in any language calls it: plain
 * HTTP, no Camel, no sandbox API.
 */
class Bitrix24SandboxCommandLineTest {

    private static final Pattern READY = Pattern.compile("Bitrix24 sandbox ready: (http://127\\.0\\.0\\.1:\\d+)/rest/.*");
    private static final Pattern AUTHORIZATION_CODE = Pattern.compile(
            "OAuth application local\\.cli\\.app: authorization code ([0-9a-f]+) .*");

    @Test
    void helpPrintsEveryOptionAndExitsZero() throws Exception {
        try (SandboxProcess sandbox = SandboxProcess.start("--help")) {
            assertThat(sandbox.awaitExit()).isZero();
            assertThat(sandbox.stdout()).startsWith("Usage: java -jar camel-bitrix24-notify-sandbox.jar [options]")
                    .contains("--port N", "--webhook USER_ID/CODE", "--oauth-app CLIENT_ID:CLIENT_SECRET",
                            "--oauth-user USER_ID", "--help");
            assertThat(sandbox.stderr()).isEmpty();
        }
    }

    @Test
    void anUnknownOptionPrintsTheUsageToStandardErrorAndExitsTwo() throws Exception {
        try (SandboxProcess sandbox = SandboxProcess.start("--verbose")) {
            assertThat(sandbox.awaitExit()).isEqualTo(2);
            assertThat(sandbox.stderr()).startsWith("Unknown option: --verbose")
                    .contains("Usage: java -jar camel-bitrix24-notify-sandbox.jar [options]", "--webhook USER_ID/CODE");
            assertThat(sandbox.stdout()).isEmpty();
        }
    }

    @Test
    void aBadValuePrintsWhyAndExitsTwo() throws Exception {
        try (SandboxProcess sandbox = SandboxProcess.start("--webhook", "one/code")) {
            assertThat(sandbox.awaitExit()).isEqualTo(2);
            assertThat(sandbox.stderr())
                    .startsWith(
                            "--webhook takes USER_ID/CODE (a user id > 0, a code of letters, digits, '_' or '-'), not one/code");
        }
    }

    @Test
    void theFixedWebhookAnswersAsAPortal() throws Exception {
        try (SandboxProcess sandbox = SandboxProcess.start("--webhook", "1/cli-webhook-code")) {
            String portal = portalUrl(sandbox);
            PortalHttpCaller webhook = new PortalHttpCaller(portal + "/rest/1/cli-webhook-code/");

            PortalHttpCaller.Reply sent = webhook.form("im.notify.system.add",
                    PortalHttpCaller.form("USER_ID", "1", "MESSAGE", "Disk full"));

            assertThat(sent.status()).isEqualTo(200);
            long id = sent.result().asLong();
            assertThat(id).isPositive();
            JsonNode stored = webhook.json("im.notify.get", Map.of()).result().get("notifications").get(0);
            assertThat(stored.get("id").asLong()).isEqualTo(id);
            PortalHttpCaller.Reply otherCode = new PortalHttpCaller(portal + "/rest/1/another-code/")
                    .form("im.notify.system.add", PortalHttpCaller.form("USER_ID", "1", "MESSAGE", "Disk full"));
            assertThat(otherCode.status()).isEqualTo(401);
            assertThat(otherCode.error()).isEqualTo("INVALID_CREDENTIALS");
        }
    }

    @Test
    void theApplicationExchangesThePrintedCodeAndCallsWithItsToken() throws Exception {
        try (SandboxProcess sandbox = SandboxProcess.start(
                "--oauth-app", "local.cli.app:cli-secret", "--oauth-user", "7", "--port", "0")) {
            String code = match(AUTHORIZATION_CODE, sandbox.awaitLine("OAuth application local.cli.app:"));
            String portal = portalUrl(sandbox);
            PortalHttpCaller tokenEndpoint = new PortalHttpCaller(portal + "/oauth/token/");
            String exchange = PortalHttpCaller.form("grant_type", "authorization_code", "client_id", "local.cli.app",
                    "client_secret", "cli-secret", "code", code);

            PortalHttpCaller.Reply tokens = tokenEndpoint.form("", exchange);

            assertThat(tokens.status()).isEqualTo(200);
            assertThat(tokens.body().get("user_id").asLong()).isEqualTo(7);
            String accessToken = tokens.body().get("access_token").asText();
            PortalHttpCaller rest = new PortalHttpCaller(tokens.body().get("client_endpoint").asText());
            PortalHttpCaller.Reply sent = rest.form("im.notify.system.add",
                    PortalHttpCaller.form("auth", accessToken, "USER_ID", "7", "MESSAGE", "Deploy done"));
            assertThat(sent.status()).isEqualTo(200);
            assertThat(sent.result().asLong()).isPositive();
            // a code is exchanged once, as on Bitrix24
            PortalHttpCaller.Reply again = tokenEndpoint.form("", exchange);
            assertThat(again.status()).isEqualTo(400);
            assertThat(again.error()).isEqualTo("invalid_grant");
        }
    }

    private static String portalUrl(SandboxProcess sandbox) throws InterruptedException {
        return match(READY, sandbox.awaitLine("Bitrix24 sandbox ready: "));
    }

    private static String match(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        assertThat(matcher.matches()).as(line).isTrue();
        return matcher.group(1);
    }
}
