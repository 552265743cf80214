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
package io.github.camelbitrix24.notify.producer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the portal (or the network) answers instead of a result becomes a Bitrix24NotifyException the route can handle;
 * {@code maxRetries=0} shows the failures that would otherwise be repeated.
 */
class ServerErrorsTest extends SandboxTestSupport {

    private Bitrix24NotifyException failure(String uri, Object body) {
        Exchange exchange = send(uri, body);
        Bitrix24NotifyException error = exchange.getException(Bitrix24NotifyException.class);
        assertThat(error).as("failure of %s", uri).isNotNull();
        return error;
    }

    @Test
    void documentedSystemErrorsCarryCodeDescriptionStatusAndMethod() {
        sandbox().faults().failNext("im.notify", 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");

        Bitrix24NotifyException error = failure("bitrix24-notify:notify?userId=5&maxRetries=0", "Hello");

        assertThat(error.getErrorCode()).isEqualTo("QUERY_LIMIT_EXCEEDED");
        assertThat(error.getErrorDescription()).isEqualTo("Too many requests");
        assertThat(error.getHttpStatus()).isEqualTo(503);
        assertThat(error.getOutcome()).as("the portal's limit refused it").isEqualTo(Outcome.REFUSED);
        assertThat(error.getMethod()).isEqualTo("im.notify");
        assertThat(error.getMessage()).contains("QUERY_LIMIT_EXCEEDED", "Too many requests", "503", "im.notify");
    }

    @Test
    void operationTimeLimitAndInternalErrors() {
        sandbox().faults().failNext("im.notify.get", 429, "OPERATION_TIME_LIMIT",
                "Method is blocked due to operation time limit.");
        sandbox().faults().failNext("im.notify.read.all", 500, "INTERNAL_SERVER_ERROR", "Internal server error");

        Bitrix24NotifyException timeLimit = failure("bitrix24-notify:get?maxRetries=0", null);
        Bitrix24NotifyException internal = failure("bitrix24-notify:readAll?maxRetries=0", null);

        assertThat(timeLimit.getHttpStatus()).isEqualTo(429);
        assertThat(timeLimit.getOutcome()).isEqualTo(Outcome.REFUSED);
        assertThat(internal.getErrorCode()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(internal.getOutcome()).as("a 5xx of the portal's own may have run it").isEqualTo(Outcome.UNKNOWN);
        assertThat(internal.getHttpStatus()).isEqualTo(500);
    }

    @Test
    void aWrongWebhookCodeIsTheAuthErrorOfThePortal() {
        String wrong = sandbox().portalUrl() + "/rest/1/not-the-code/";

        Bitrix24NotifyException error = failure("bitrix24-notify:notify?userId=5&webhookUrl=RAW(" + wrong + ")", "Hello");

        assertThat(error.getHttpStatus()).isIn(401, 403);
        assertThat(error.getErrorCode()).isNotBlank();
        assertThat(sandbox().notifications(5)).isEmpty();
    }

    @Test
    void anHtmlErrorPageIsAClearInvalidResponse() throws Exception {
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            byte[] page = "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(502, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        proxy.start();
        try {
            String webhook = "http://127.0.0.1:" + proxy.getAddress().getPort() + "/rest/1/secretcode/";

            Bitrix24NotifyException error = failure("bitrix24-notify:notify?userId=5&webhookUrl=RAW(" + webhook + ")", "Hi");

            assertThat(error.getErrorCode()).isEqualTo(Bitrix24NotifyException.INVALID_RESPONSE);
            assertThat(error.getHttpStatus()).isEqualTo(502);
            assertThat(error.getMessage()).contains("text/html", "502 Bad Gateway").doesNotContain("secretcode");
        } finally {
            proxy.stop(0);
        }
    }

    @Test
    void aPortalThatCannotBeReachedWasNotSentTo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Bitrix24NotifyException error = failure("bitrix24-notify:notify?userId=5&retryDelay=10&webhookUrl=RAW(http://127.0.0.1:"
                                                + closedPort + "/rest/1/abc/)",
                "Hi");

        assertThat(error.getErrorCode()).isEqualTo(Bitrix24NotifyException.CONNECTION_FAILED);
        assertThat(error.getOutcome()).isEqualTo(Outcome.NOT_SENT);
    }

    @Test
    void aDroppedConnectionAfterTheRequestHasAnUnknownOutcome() {
        sandbox().faults().dropNext("im.notify", 1);

        Bitrix24NotifyException error = failure("bitrix24-notify:notify?userId=5", "Hi");

        assertThat(error.getErrorCode()).isEqualTo(Bitrix24NotifyException.IO_ERROR);
        assertThat(error.getMessage()).contains("outcome is unknown");
        assertThat(error.getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(error.hasHttpStatus()).isFalse();
    }

    @Test
    void noAnswerWithinRequestTimeoutIsATimeout() {
        sandbox().faults().delayNext("im.notify.get", 1, Duration.ofSeconds(2));

        Bitrix24NotifyException error = failure("bitrix24-notify:get?requestTimeout=300&maxRetries=0", null);

        assertThat(error.getErrorCode()).isEqualTo(Bitrix24NotifyException.TIMEOUT);
    }

    @Test
    void aRouteCanHandleTheErrorByCode() throws Exception {
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:guarded")
                        .onException(Bitrix24NotifyException.class)
                            .onWhen(simple("${exception.errorCode} == 'USER_ID_EMPTY'"))
                            .handled(true)
                            .setBody(simple("refused: ${exception.errorCode}"))
                        .end()
                        .to("bitrix24-notify:notify");
            }
        });

        assertThat(template.requestBody("direct:guarded", "No recipient", String.class)).isEqualTo("refused: USER_ID_EMPTY");
    }
}
