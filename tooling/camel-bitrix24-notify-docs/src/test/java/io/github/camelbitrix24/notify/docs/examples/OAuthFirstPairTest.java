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
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.github.camelbitrix24.notify.client.config.FileTokenStore;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.tooling.docs.CodeFence;
import io.github.camelbitrix24.notify.tooling.docs.SourceRegion;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connect a real portal, the OAuth application from its authorization code to its first calls: the guide's curl
 * command, read from the page and sent as curl sends it, with only the OAuth server's address and the code replaced by
 * the sandbox's; its answer saved as the token file; the guide's properties; a route that calls the portal, renews the
 * access token and keeps the rotated pair in the file.
 */
class OAuthFirstPairTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final String GUIDE = "docs/connect-a-real-portal.md";

    @TempDir
    Path dir;

    @Test
    void theGuidesExchangeGivesATokenFileThatTheComponentRunsOn() throws Exception {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        Map<String, String> query = new LinkedHashMap<>();
        String output = exchangeCommand(query);
        // the application as the guide names it, its code as the portal would give it
        sandbox.oauth().registerApp(query.get("client_id"), query.get("client_secret"));
        query.put("code", sandbox.oauth().issueAuthorizationCode(query.get("client_id"), 1));

        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.oauthUrl() + "?" + encoded(query))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        Path tokenFile = dir.resolve(output);
        Files.write(tokenFile, answer.body());

        assertThat(answer.statusCode()).isEqualTo(200);
        OAuthTokens first = new FileTokenStore(tokenFile).load().orElseThrow();

        String properties = String.join("\n", SourceRegion.read(root(),
                "tooling/camel-bitrix24-notify-docs/src/test/resources/snippets/oauth-token-file.properties#oauth-token-file"))
                .replace("https://mycompany.bitrix24.com", sandbox.portalUrl())
                .replace("/var/lib/myapp/bitrix24-tokens.json", tokenFile.toString());
        Path propertiesFile = Files.writeString(dir.resolve("application.properties"), properties);
        try (CamelMainRun camel = new CamelMainRun().propertiesFile("file:" + propertiesFile)
                .property("camel.component.bitrix24-notify.oauthUrl", sandbox.oauthUrl())
                .env("BITRIX24_CLIENT_ID", query.get("client_id"))
                .env("BITRIX24_CLIENT_SECRET", query.get("client_secret"))
                .routes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:alert").to("bitrix24-notify:notify?userId=5");
                    }
                })
                .start()) {
            camel.template().requestBody("direct:alert", "Deploy finished");
            sandbox.oauth().expireAccessTokens();
            camel.template().requestBody("direct:alert", "Backup finished");
        }

        assertThat(sandbox.notifications(5)).hasSize(2);
        assertThat(new FileTokenStore(tokenFile).load().orElseThrow().refreshToken()).isNotEqualTo(first.refreshToken());
    }

    /** The guide's curl command: its query into {@code query}; returns the file it writes the answer to. */
    private static String exchangeCommand(Map<String, String> query) throws IOException {
        List<String> page = Files.readAllLines(root().resolve(GUIDE));
        List<String> words = null;
        for (CodeFence fence : CodeFence.of(page)) {
            for (String command : shellCommands(fence)) {
                if (command.startsWith("curl ") && command.contains("grant_type=authorization_code")) {
                    words = List.of(command.split("\\s+"));
                }
            }
        }
        assertThat(words).as("the guide's curl command of the authorization-code exchange").isNotNull();
        assertThat(words).contains("-sG", "https://oauth.bitrix.info/oauth/token/");
        String output = null;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("--data-urlencode")) {
                String pair = words.get(++i);
                query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            } else if (words.get(i).equals("-o")) {
                output = words.get(++i);
            }
        }
        assertThat(query).containsKeys("grant_type", "client_id", "client_secret", "code");
        assertThat(output).isNotNull();
        return output;
    }

    private static List<String> shellCommands(CodeFence fence) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : fence.body()) {
            String stripped = line.strip();
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
            } else {
                commands.add(current.append(stripped).toString().strip());
                current.setLength(0);
            }
        }
        return commands;
    }

    private static String encoded(Map<String, String> query) {
        StringJoiner joined = new StringJoiner("&");
        query.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                                                  + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    private static Path root() {
        return Path.of(System.getProperty("docs.root"));
    }
}
