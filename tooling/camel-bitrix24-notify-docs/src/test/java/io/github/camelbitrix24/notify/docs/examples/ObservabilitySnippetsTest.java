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

import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The observability guide's camel-main properties: with them, the management server prints the bitrix24-notify dev
 * console over HTTP, as text and as JSON, and the health checks with their details, after a notification went to the
 * sandbox. The guide's port and paths are camel-main's own defaults, read from its configuration metadata.
 */
class ObservabilitySnippetsTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @Test
    void theManagementServerPrintsTheConsole() throws Exception {
        PORTAL.sandbox().reset();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (CamelMainRun camel = new CamelMainRun().propertiesFile("classpath:snippets/dev-console.properties")
                .property("camel.management.port", port)
                .property("camel.component.bitrix24-notify.webhookUrl", PORTAL.sandbox().webhookUrl())
                .start()) {
            camel.template().requestBody("bitrix24-notify:notify?userId=5", "Disk full on db-1");

            HttpClient http = HttpClient.newHttpClient();
            URI console = URI.create("http://localhost:" + port + "/q/dev/bitrix24-notify");
            String text = http.send(HttpRequest.newBuilder(console).build(), HttpResponse.BodyHandlers.ofString()).body();
            String json = http.send(HttpRequest.newBuilder(console).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(text).contains("Portal: " + PORTAL.sandbox().portalUrl(), "Requests sent: 1", "Completion threads: ");
            assertThat(json).contains("\"requestsSent\"", "\"portals\"", "\"completionThreads\"");
            assertThat(text + json).doesNotContain(PORTAL.sandbox().webhookUrl());

            URI health = URI.create("http://localhost:" + port + managementDefault("healthPath"));
            String summary = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).body();
            URI detailed = URI.create(health + "?data=true");
            String details = http.send(HttpRequest.newBuilder(detailed).build(), HttpResponse.BodyHandlers.ofString()).body();
            String producerCheck = "\"name\":\"producer:bitrix24-notify:" + PORTAL.sandbox().portalUrl() + "\"";
            assertThat(summary.replace("\\/", "/")).contains(producerCheck).doesNotContain("\"data\"");
            assertThat(details.replace("\\/", "/")).contains(producerCheck, "\"data\"");
            System.out.println(details);
        }
    }

    @Test
    void theGuideGivesCamelMainsPortAndPaths() throws Exception {
        String guide = Files.readString(Path.of(System.getProperty("docs.root"), "docs", "observability.md"));
        assertThat(guide)
                .contains("`camel.management.port`, " + managementDefault("port") + " by default")
                .contains("`GET http://localhost:" + managementDefault("port") + "/q/dev/bitrix24-notify`")
                .contains("`" + managementDefault("healthPath") + "?data=true`")
                .doesNotContain("9876");
    }

    /** The default of a {@code camel.management.*} property, as camel-main's configuration metadata gives it. */
    private static String managementDefault(String name) throws Exception {
        try (InputStream metadata = ObservabilitySnippetsTest.class.getResourceAsStream(
                "/META-INF/camel-main-configuration-metadata.json")) {
            for (JsonNode property : new ObjectMapper().readTree(metadata).path("properties")) {
                if (property.path("name").asText().equals("camel.management." + name)) {
                    return property.path("defaultValue").asText();
                }
            }
        }
        throw new AssertionError("camel-main has no property camel.management." + name);
    }
}
