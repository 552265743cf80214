package io.github.camelbitrix24.notify.docs.examples;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The observability guide's camel-main properties: with them, the management server prints the bitrix24-notify dev
 * console over HTTP, as text and as JSON, after a notification went to the sandbox.
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
        }
    }
}
