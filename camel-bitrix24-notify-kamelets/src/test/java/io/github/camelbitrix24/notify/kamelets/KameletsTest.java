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

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The webhook Kamelets, loaded by camel-kamelet from the class path (kamelets/*.kamelet.yaml), against the sandbox. */
class KameletsTest extends CamelTestSupport {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static long olderId;
    private static long newerId;

    @BeforeAll
    static void seedTheInbox() {
        // there before the source Kamelet's first poll
        olderId = PORTAL.sandbox().seed(1).fromUser(7).text("Please review the Q3 budget").create();
        newerId = PORTAL.sandbox().seed(1).system().tag("PASSWORD").text("Your password expires in 5 days").create();
    }

    @BeforeEach
    void forgetEarlierCalls() {
        PORTAL.sandbox().clearCalls();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        String webhook = "RAW(" + PORTAL.sandbox().webhookUrl() + ")";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:alert")
                        .to("kamelet:bitrix24-notify-sink?webhookUrl=" + webhook
                            + "&userId=5&type=SYSTEM&tag=BACKUP_STATUS&clientId=backup.alerts");
                from("kamelet:bitrix24-notify-source?webhookUrl=" + webhook + "&delay=200&startFrom=UNREAD")
                        .to("mock:inbox");
            }
        };
    }

    @Test
    void sinkSendsTheBodyAsANotificationWithTheKameletProperties() throws Exception {
        Exchange sent = template.request("direct:alert", exchange -> exchange.getMessage().setBody("Nightly backup finished"));
        String output = sent.getMessage().getBody(String.class);

        RecordedCall call = PORTAL.sandbox().calls("im.notify").get(0);
        assertThat(call.param("USER_ID")).isEqualTo("5");
        assertThat(call.param("TYPE")).isEqualTo("SYSTEM");
        assertThat(call.param("TAG")).isEqualTo("BACKUP_STATUS");
        assertThat(call.param("CLIENT_ID")).isEqualTo("backup.alerts");
        assertThat(call.param("MESSAGE")).isEqualTo("Nightly backup finished");
        // the declared output, JSON: the new notification's id
        assertThat(sent.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json");
        JsonNode id = JSON.readTree(output);
        assertThat(id.isIntegralNumber()).as(output).isTrue();
        assertThat(PORTAL.sandbox().notification(id.asLong())).isPresent();
    }

    @Test
    void sinkTakesTheRecipientFromTheUserIdHeader() {
        template.requestBodyAndHeader("direct:alert", "Disk almost full", "user-id", "9");

        assertThat(PORTAL.sandbox().calls("im.notify")).singleElement()
                .satisfies(call -> assertThat(call.param("USER_ID")).isEqualTo("9"));
    }

    @Test
    void sourceEmitsEachNotificationOnceAsJsonOldestFirst() throws Exception {
        MockEndpoint inbox = getMockEndpoint("mock:inbox");
        inbox.expectedMessageCount(2);
        inbox.assertIsSatisfied();
        // later polls find the same two notifications and emit nothing
        await().until(() -> PORTAL.sandbox().calls("im.notify.get").size() >= 3);
        inbox.assertIsSatisfied();

        List<JsonNode> emitted = inbox.getExchanges().stream().map(KameletsTest::json).toList();
        assertThat(emitted).extracting(node -> node.get("id").asLong()).containsExactly(olderId, newerId);
        assertThat(emitted.get(0).get("text").asText()).isEqualTo("Please review the Q3 budget");
        assertThat(emitted.get(0).get("author_id").asLong()).isEqualTo(7);
        assertThat(emitted.get(1).get("notify_tag").asText()).endsWith("PASSWORD");
        assertThat(emitted.get(1).get("date").asText()).as("ISO-8601, not a number").contains("T");
        assertThat(inbox.getExchanges().get(0).getMessage().getHeader("notify-id", Long.class)).isEqualTo(olderId);
    }

    private static JsonNode json(Exchange exchange) {
        try {
            return JSON.readTree(exchange.getMessage().getBody(String.class));
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + exchange.getMessage().getBody(String.class), e);
        }
    }
}
