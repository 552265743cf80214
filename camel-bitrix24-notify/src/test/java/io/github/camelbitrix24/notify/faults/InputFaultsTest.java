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

import java.util.List;
import java.util.Map;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault matrix, bad input: what the portal would silently change, ignore or do nothing with is refused before the wire,
 * as the {@link Bitrix24NotifyException} a route's {@code onException} catches, with the portal's code where it has
 * one. Each case runs through a route against the sandbox, which must not see a single request.
 */
class InputFaultsTest extends SandboxTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Bitrix24NotifyException.class).handled(true).to("mock:refused");
                from("direct:get").to("bitrix24-notify:get");
                from("direct:historySearch").to("bitrix24-notify:historySearch?searchText=deploy");
                from("direct:notify").to("bitrix24-notify:notify?userId=5");
                from("direct:read").to("bitrix24-notify:read");
            }
        };
    }

    @ParameterizedTest(name = "LIMIT {1} on {0}")
    @CsvSource({ "get, 0", "get, 500", "get, -1", "historySearch, 500", "get, fifty" })
    void limitHeaderOutsideOneToFiftyIsRefused(String route, String limit) {
        Bitrix24NotifyException refused = refusedBy(route, null, Map.of(Bitrix24NotifyConstants.LIMIT, limit));

        assertThat(refused.getErrorCode()).isEqualTo("PARAMS_ERROR");
        assertThat(refused.getMessage()).contains("LIMIT").contains("1 to 50");
    }

    @Test
    void unknownOperationInTheHeaderIsRefusedAsTheRouteExpects() {
        Bitrix24NotifyException refused = refusedBy("notify", "Hello", Map.of(Bitrix24NotifyConstants.OPERATION, "notfy"));

        assertThat(refused.getErrorCode()).isEqualTo("ERROR_METHOD_NOT_FOUND");
        assertThat(refused.getMessage()).contains("notfy").contains(Bitrix24NotifyConstants.OPERATION).contains("personalAdd");
    }

    @Test
    void rawAttachOfAHundredKilobytesIsRefusedLikeAnyOtherAttach() {
        Map<String, Object> raw = Map.of("ATTACH", List.of(Map.of("MESSAGE", "x".repeat(100 * 1024))));

        Bitrix24NotifyException refused = refusedBy("notify", "Hello", Map.of(Bitrix24NotifyConstants.PARAMS, raw));

        assertThat(refused.getErrorCode()).isEqualTo("ATTACH_OVERSIZE");
        assertThat(refused.getMethod()).isEqualTo("im.notify");
    }

    @Test
    void rawParamsHeaderThatIsNotAMapIsRefusedNotIgnored() {
        Bitrix24NotifyException refused = refusedBy("notify", "Hello", Map.of(Bitrix24NotifyConstants.PARAMS, "USER_ID=9"));

        assertThat(refused.getErrorCode()).isEqualTo("PARAMS_ERROR");
        assertThat(refused.getMessage()).contains(Bitrix24NotifyConstants.PARAMS).contains("java.lang.String")
                .doesNotContain("USER_ID=9");
    }

    @Test
    void readWithoutAnIdIsRefusedRatherThanSentToDoNothing() {
        Bitrix24NotifyException refused = refusedBy("read", null, Map.of());

        assertThat(refused.getErrorCode()).isEqualTo("ID_ERROR");
        assertThat(refused.getMethod()).isEqualTo("im.notify.read");
    }

    @Test
    void listBodyWhoseEveryEntryIsRefusedFailsTheExchangeWithEachEntrysError() {
        Bitrix24NotifyException refused = refusedBy("notify", List.of(" ", "", "\t"), Map.of());

        assertThat(refused.getErrorCode()).as("the one reason of all three").isEqualTo("MESSAGE_EMPTY");
        assertThat(refused.getMessage()).contains("3 entries");
        assertThat(refused.getSuppressed()).hasSize(3);
        assertEntryErrors(refused, "MESSAGE_EMPTY", "MESSAGE_EMPTY", "MESSAGE_EMPTY");
    }

    @Test
    void listBodyWhoseEveryEntryThePortalRefusesFailsTheExchangeToo() {
        // the portal's ATTACH limit is lower than the client's, so each command reaches the portal and is refused there
        sandbox().limits().attachMaxLength(100);
        try {
            String attach = "[{\"MESSAGE\":\"" + "x".repeat(500) + "\"}]";
            template.send("direct:notify", exchange -> {
                exchange.getMessage().setBody(List.of("One", "Two"));
                exchange.getMessage().setHeader(Bitrix24NotifyConstants.ATTACH, attach);
            });

            Bitrix24NotifyException refused = caught();
            assertThat(refused.getErrorCode()).isEqualTo("ATTACH_OVERSIZE");
            assertThat(refused.getHttpStatus()).as("the portal answered").isEqualTo(200);
            assertEntryErrors(refused, "ATTACH_OVERSIZE", "ATTACH_OVERSIZE");
            assertThat(sandbox().calls("batch")).hasSize(1);
            assertThat(sandbox().notifications(5)).isEmpty();
        } finally {
            sandbox().limits().attachMaxLength(60_000);
        }
    }

    @Test
    void listBodyWithEntriesFailingForDifferentReasonsNamesThemAll() {
        Bitrix24NotifyException refused = refusedBy("notify",
                List.of(" ", NotificationRequest.to(0, "Nobody")), Map.of());

        assertThat(refused.getErrorCode()).isEqualTo(Bitrix24NotifyException.ENTRIES_FAILED);
        assertThat(refused.getMessage()).contains("MESSAGE_EMPTY").contains("USER_ID_EMPTY");
        assertEntryErrors(refused, "MESSAGE_EMPTY", "USER_ID_EMPTY");
    }

    /** Sends to the route, expects its onException to have caught a refusal, and checks nothing reached the portal. */
    private Bitrix24NotifyException refusedBy(String route, Object body, Map<String, Object> headers) {
        template.send("direct:" + route, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().getHeaders().putAll(headers);
        });
        Bitrix24NotifyException refused = caught();
        assertThat(refused.getOutcome()).isEqualTo(Outcome.NOT_SENT);
        assertThat(sandbox().calls()).as("calls the portal received").isEmpty();
        assertThat(sandbox().httpRequestCount()).as("HTTP requests the portal received").isZero();
        return refused;
    }

    private Bitrix24NotifyException caught() {
        MockEndpoint refusals = getMockEndpoint("mock:refused");
        assertThat(refusals.getReceivedExchanges()).as("exchanges the route's onException(Bitrix24NotifyException) "
                                                       + "handled")
                .hasSize(1);
        Exchange handled = refusals.getReceivedExchanges().get(0);
        return handled.getProperty(Exchange.EXCEPTION_CAUGHT, Bitrix24NotifyException.class);
    }

    @SuppressWarnings("unchecked")
    private void assertEntryErrors(Bitrix24NotifyException refused, String... codes) {
        Exchange handled = getMockEndpoint("mock:refused").getReceivedExchanges().get(0);
        List<Bitrix24NotifyException> errors = handled.getMessage().getHeader(Bitrix24NotifyConstants.BATCH_ERRORS, List.class);
        assertThat(errors).extracting(Bitrix24NotifyException::getErrorCode).containsExactly(codes);
        for (int i = 0; i < codes.length; i++) {
            assertThat(errors.get(i).getBatchIndex()).isEqualTo(i);
        }
        assertThat(handled.getMessage().getBody(List.class)).hasSize(codes.length).containsOnlyNulls();
        assertThat(refused.getSuppressed()).containsExactlyElementsOf(errors);
    }
}
