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
package io.github.camelbitrix24.notify.client.retry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.CapturedLog;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Failed calls are repeated when that cannot notify twice: always when the portal did not run them, after a broken
 * connection only when a TAG makes the copy replace the first.
 */
class RepeatWithoutDuplicatesTest extends SandboxTestSupport {

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setClientId("my.app");
        component.getConfiguration().setRetryDelay(10);
    }

    @Test
    void aTaggedSendSurvivesADroppedConnectionWithoutADuplicate() {
        sandbox().faults().dropNext("im.notify", 1);

        Exchange exchange
                = template.request("bitrix24-notify:notify?userId=5&tag=DEPLOY_42", e -> e.getMessage().setBody("Deployed"));

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox().calls("im.notify")).hasSize(2);
        assertThat(sandbox().notifications(5)).singleElement().satisfies(stored -> {
            assertThat(stored.text()).isEqualTo("Deployed");
            assertThat(stored.id()).isEqualTo(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID));
        });
    }

    @Test
    void anUntaggedSendAfterADroppedConnectionFailsWithAnUnknownOutcomeAndIsNotRepeated() {
        sandbox().faults().dropNext("im.notify", 1);

        Exchange exchange = send("bitrix24-notify:notify?userId=5", "Deployed");

        Bitrix24NotifyException error = exchange.getException(Bitrix24NotifyException.class);
        assertThat(error).isNotNull();
        assertThat(error.getErrorCode()).isEqualTo(Bitrix24NotifyException.IO_ERROR);
        assertThat(error.getMessage()).contains("outcome is unknown", "not repeated");
        assertThat(sandbox().calls("im.notify")).hasSize(1);
        assertThat(sandbox().notifications(5)).as("the portal did store it, once").hasSize(1);
    }

    @Test
    void anUntaggedSendAfterAServerErrorIsNotRepeatedEither() {
        sandbox().faults().failNext("im.notify", 502, "BAD_GATEWAY", "Bad gateway");

        Bitrix24NotifyException error
                = send("bitrix24-notify:notify?userId=5", "Deployed").getException(Bitrix24NotifyException.class);

        assertThat(error.getHttpStatus()).isEqualTo(502);
        assertThat(error.getMessage()).contains("outcome is unknown");
        assertThat(sandbox().calls("im.notify")).hasSize(1);
    }

    @Test
    void whatThePortalRefusedUnrunIsRepeated() {
        sandbox().faults().failNext("im.notify", 2, 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");

        Exchange exchange = send("bitrix24-notify:notify?userId=5", "Deployed");

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox().calls("im.notify")).hasSize(3);
        assertThat(sandbox().notifications(5)).hasSize(1);
    }

    @Test
    void aReadAfterADroppedConnectionIsRepeated() {
        sandbox().faults().dropNext("im.notify.get", 1);

        Exchange exchange = send("bitrix24-notify:get", null);

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox().calls("im.notify.get")).hasSize(2);
    }

    @Test
    void retriesStopAtMaxRetries() {
        sandbox().faults().failNext("im.notify", 5, 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");

        Exchange exchange = send("bitrix24-notify:notify?userId=5&maxRetries=1&plan=UNLIMITED", "Deployed");

        assertThat(exchange.getException(Bitrix24NotifyException.class).getErrorCode()).isEqualTo("QUERY_LIMIT_EXCEEDED");
        assertThat(sandbox().calls("im.notify")).hasSize(2);
    }

    @Test
    void aListBodyRepeatsOnlyItsTaggedEntriesAfterADroppedConnection() {
        sandbox().faults().dropNext("batch", 1);
        List<NotificationRequest> requests = List.of(NotificationRequest.to(5, "Tagged").withTag("T1"),
                NotificationRequest.to(5, "Untagged"));

        Exchange exchange = send("bitrix24-notify:notify", requests);

        assertThat(exchange.getException()).isNull();
        List<?> ids = exchange.getMessage().getBody(List.class);
        assertThat(ids.get(0)).isNotNull();
        assertThat(ids.get(1)).isNull();
        @SuppressWarnings("unchecked")
        List<Bitrix24NotifyException> errors
                = exchange.getMessage().getHeader(Bitrix24NotifyConstants.BATCH_ERRORS, List.class);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getBatchIndex()).isEqualTo(1);
            assertThat(error.getMessage()).contains("outcome is unknown");
        });
        assertThat(sandbox().calls("batch")).hasSize(2);
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrder("Tagged", "Untagged");
    }

    @Test
    void aSendThatCouldNotConnectIsRepeatedOnceThePortalIsReachable() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String webhookPath = URI.create(sandbox().webhookUrl()).getPath();
        String unreachable = "http://127.0.0.1:" + port + webhookPath;
        HttpServer forwarder = null;
        try (CapturedLog log = CapturedLog.open()) {
            CompletableFuture<Object> sent = template.asyncRequestBody(
                    "bitrix24-notify:notify?userId=5&retryDelay=1000&webhookUrl=RAW(" + unreachable + ")", "Deployed");
            await().atMost(10, TimeUnit.SECONDS).until(() -> log.lines().stream()
                    .anyMatch(line -> line.text().contains("after CONNECTION_FAILED")));

            forwarder = forwarderToTheSandbox(port);

            assertThat(sent.get(10, TimeUnit.SECONDS)).isInstanceOf(Long.class);
        } finally {
            if (forwarder != null) {
                forwarder.stop(0);
            }
        }
        assertThat(sandbox().calls("im.notify")).hasSize(1);
        assertThat(sandbox().notifications(5)).hasSize(1);
    }

    /** The portal, reachable on another port from now on. */
    private HttpServer forwarderToTheSandbox(int port) throws IOException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> forward(http, exchange));
        server.start();
        return server;
    }

    private void forward(HttpClient http, HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox().portalUrl() + exchange.getRequestURI()))
                    .header("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(in.readAllBytes()))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of("application/json")));
            exchange.sendResponseHeaders(response.statusCode(), response.body().length);
            out.write(response.body());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
