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
package io.github.camelbitrix24.notify.faults;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault matrix, body types: a Map of the method's parameters (what a YAML route has after unmarshalling JSON, from
 * Kafka say) is a notification, a List of them a list body; any body an operation does not take is refused before the
 * wire, naming its Java type and the types the operation takes, rather than failing as an empty message.
 */
class BodyTypesFaultsTest extends SandboxTestSupport {

    /** Not a body any operation takes: an application's own event object. */
    record BuildEvent(long userId, String text) {
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Bitrix24NotifyException.class).handled(true).to("mock:refused");
                from("direct:personalAdd").to("bitrix24-notify:personalAdd");
                from("direct:notify").to("bitrix24-notify:notify?userId=5");
                from("direct:answer").to("bitrix24-notify:answer?notifyId=77");
                from("direct:historySearch").to("bitrix24-notify:historySearch");
                from("direct:readList").to("bitrix24-notify:readList");
                from("direct:get").to("bitrix24-notify:get?limit=5");
            }
        };
    }

    @Test
    void aMapOfTheMethodsParametersIsSentAsTheNotification() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("USER_ID", 7);
        body.put("MESSAGE", "Build #42 failed");
        body.put("MESSAGE_OUT", "Build #42 failed (e-mail)");

        Long id = template.requestBody("direct:personalAdd", body, Long.class);

        assertThat(getMockEndpoint("mock:refused").getReceivedExchanges()).isEmpty();
        RecordedCall call = onlyCall("im.notify.personal.add");
        assertThat(call.param("USER_ID")).isEqualTo("7");
        assertThat(call.param("MESSAGE")).isEqualTo("Build #42 failed");
        assertThat(call.param("MESSAGE_OUT")).isEqualTo("Build #42 failed (e-mail)");
        assertThat(sandbox().notifications(7)).singleElement().satisfies(stored -> {
            assertThat(stored.id()).isEqualTo(id);
            assertThat(stored.text()).isEqualTo("Build #42 failed");
        });
    }

    @Test
    void aListOfMapsIsSentThroughBatchWhateverTheCaseOfTheirKeys() {
        List<Map<String, Object>> body = List.of(Map.of("USER_ID", 2, "MESSAGE", "To two"),
                Map.of("user_id", "3", "message", "To three"));

        List<?> ids = template.requestBody("direct:personalAdd", body, List.class);

        assertThat(ids).hasSize(2).doesNotContainNull();
        assertThat(sandbox().calls("batch")).hasSize(1);
        assertThat(sandbox().calls("im.notify.personal.add")).hasSize(2).allSatisfy(call -> {
            assertThat(call.inBatch()).isTrue();
            assertThat(call.params()).as("the wire names, as the method takes them").containsKeys("USER_ID", "MESSAGE");
        });
        assertThat(sandbox().notifications(2)).extracting(StoredNotification::text).containsExactly("To two");
        assertThat(sandbox().notifications(3)).extracting(StoredNotification::text).containsExactly("To three");
    }

    @Test
    void aKeyThatIsNotTheMethodsParameterIsRefusedByItsName() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("USER_ID", 7);
        body.put("MESSAGE", "Build #42 failed");
        body.put("CHAT_ID", 12);
        body.put("TYPE", "SYSTEM");

        Bitrix24NotifyException refused = refusedBy("personalAdd", body, Map.of());

        assertThat(refused.getErrorCode()).isEqualTo("PARAMS_ERROR");
        assertThat(refused.getMethod()).isEqualTo("im.notify.personal.add");
        assertThat(refused.getMessage()).as("im.notify.personal.add has no TYPE, notify has").contains("CHAT_ID, TYPE")
                .contains("USER_ID, MESSAGE, MESSAGE_OUT, TAG, SUB_TAG, ATTACH");
    }

    @Test
    void aUserIdThatIsNotANumberIsRefusedWithThePortalsCodeAsFromAHeader() {
        Bitrix24NotifyException fromTheMap = refusedBy("personalAdd", Map.of("USER_ID", "abc", "MESSAGE", "Hello"), Map.of());
        getMockEndpoint("mock:refused").reset();
        Bitrix24NotifyException fromTheHeader
                = refusedBy("personalAdd", "Hello", Map.of(Bitrix24NotifyConstants.USER_ID, "abc"));

        assertThat(fromTheMap.getErrorCode()).isEqualTo("USER_ID_EMPTY").isEqualTo(fromTheHeader.getErrorCode());
        assertThat(fromTheMap.getMethod()).isEqualTo("im.notify.personal.add");
        assertThat(fromTheMap.getMessage()).contains("USER_ID").contains("java.lang.String").doesNotContain("abc");
    }

    static Stream<Arguments> bodiesOfOtherTypes() {
        return Stream.of(
                Arguments.of("notify", 42, "NotificationRequest"),
                Arguments.of("notify", new BuildEvent(5, "Build #42 failed"), "NotificationRequest"),
                Arguments.of("personalAdd", NotificationPage.EMPTY, "Map"),
                Arguments.of("answer", new BuildEvent(5, "On my way"), "text"),
                Arguments.of("historySearch", Map.of("SEARCH_TEXT", "deploy"), "text"),
                Arguments.of("readList", new LinkedHashMap<>(Map.of("IDS", List.of(1, 2))), "Collection"));
    }

    @ParameterizedTest(name = "{0} with a {1}")
    @MethodSource("bodiesOfOtherTypes")
    void aBodyOfAnotherTypeIsRefusedNamingItsTypeAndTheOnesTaken(String operation, Object body, String aTypeTaken) {
        Bitrix24NotifyException refused = refusedBy(operation, body, Map.of());

        assertThat(refused.getErrorCode()).isEqualTo("PARAMS_ERROR");
        assertThat(refused.getMessage()).contains("body").contains(body.getClass().getName()).contains(aTypeTaken);
    }

    @Test
    void anEntryOfAListOfAnotherTypeFailsAloneNamingItsType() {
        List<?> ids = template.requestBody("direct:notify", List.of("Build #42 failed", 42L), List.class);

        assertThat(ids).hasSize(2);
        assertThat(ids.get(0)).isNotNull();
        assertThat(ids.get(1)).isNull();
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text).containsExactly("Build #42 failed");
    }

    @Test
    void anEntryOfAListOfAnotherTypeIsRefusedWithItsIndex() {
        Bitrix24NotifyException refused = refusedBy("notify", List.of(new BuildEvent(5, "x")), Map.of());

        assertThat(refused.getErrorCode()).isEqualTo("PARAMS_ERROR");
        assertThat(refused.getMessage()).contains(BuildEvent.class.getName()).contains("entry 0");
    }

    @Test
    void textInBytesOrAStreamIsReadAsText() {
        template.requestBody("direct:notify", "Bytes of text".getBytes(StandardCharsets.UTF_8));
        template.requestBody("direct:notify", new ByteArrayInputStream("A stream of text".getBytes(StandardCharsets.UTF_8)));

        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrder("Bytes of text", "A stream of text");
    }

    @Test
    void aNotificationRequestBodyIsStillSentAsItSays() {
        template.requestBody("direct:personalAdd", NotificationRequest.to(4, "Deploy done"));

        assertThat(sandbox().notifications(4)).extracting(StoredNotification::text).containsExactly("Deploy done");
    }

    @Test
    void operationsThatIgnoreTheirBodyStillIgnoreAnyBody() {
        NotificationPage page = template.requestBody("direct:get", new BuildEvent(5, "ignored"), NotificationPage.class);

        assertThat(page).isNotNull();
        assertThat(onlyCall("im.notify.get").param("LIMIT")).isEqualTo("5");
    }

    @Test
    void aBodyIsNotReadWhenAHeaderGivesItsParameter() {
        long id = sandbox().seed(1).fromUser(4).text("Are you there?").create();

        template.requestBodyAndHeaders("direct:answer", new BuildEvent(5, "not the reply"),
                Map.of(Bitrix24NotifyConstants.ANSWER_TEXT, "On my way", Bitrix24NotifyConstants.ID, id));

        assertThat(getMockEndpoint("mock:refused").getReceivedExchanges()).isEmpty();
        assertThat(onlyCall("im.notify.answer").param("ANSWER_TEXT")).isEqualTo("On my way");
    }

    /** Sends to the route, expects its onException to have caught a refusal, and checks nothing reached the portal. */
    private Bitrix24NotifyException refusedBy(String route, Object body, Map<String, Object> headers) {
        template.send("direct:" + route, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().getHeaders().putAll(headers);
        });
        MockEndpoint refusals = getMockEndpoint("mock:refused");
        assertThat(refusals.getReceivedExchanges()).as("exchanges the route's onException(Bitrix24NotifyException) "
                                                       + "handled")
                .hasSize(1);
        Exchange handled = refusals.getReceivedExchanges().get(0);
        Bitrix24NotifyException refused = handled.getProperty(Exchange.EXCEPTION_CAUGHT, Bitrix24NotifyException.class);
        assertThat(refused.getOutcome()).isEqualTo(Outcome.NOT_SENT);
        assertThat(sandbox().calls()).as("calls the portal received").isEmpty();
        assertThat(sandbox().httpRequestCount()).as("HTTP requests the portal received").isZero();
        return refused;
    }
}
