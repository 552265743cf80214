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

import java.util.List;
import java.util.Map;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Input the portal would refuse is refused with the portal's own code, and no HTTP request is made. */
class ValidationTest extends SandboxTestSupport {

    static List<Arguments> refusals() {
        String bigAttach = "[{\"MESSAGE\":\"" + "x".repeat(40_000) + "\"}]";
        return List.of(
                Arguments.of("bitrix24-notify:notify", "Hello", Map.of(), "USER_ID_EMPTY", "im.notify"),
                Arguments.of("bitrix24-notify:notify?userId=0", "Hello", Map.of(), "USER_ID_EMPTY", "im.notify"),
                Arguments.of("bitrix24-notify:personalAdd", "Hello", Map.of(Bitrix24NotifyConstants.USER_ID, "abc"),
                        "USER_ID_EMPTY", "im.notify.personal.add"),
                Arguments.of("bitrix24-notify:notify?userId=5", "   ", Map.of(), "MESSAGE_EMPTY", "im.notify"),
                Arguments.of("bitrix24-notify:systemAdd?userId=5", null, Map.of(), "MESSAGE_EMPTY", "im.notify.system.add"),
                Arguments.of("bitrix24-notify:notify", io.github.camelbitrix24.notify.model.NotificationRequest.to(5, null),
                        Map.of(), "MESSAGE_EMPTY", "im.notify"),
                Arguments.of("bitrix24-notify:notify?userId=5", "Hi", Map.of(Bitrix24NotifyConstants.ATTACH, bigAttach),
                        "ATTACH_OVERSIZE", "im.notify"),
                Arguments.of("bitrix24-notify:notify?userId=5", "Hi", Map.of(Bitrix24NotifyConstants.ATTACH, "{not json"),
                        "ATTACH_ERROR", "im.notify"),
                Arguments.of("bitrix24-notify:notify?userId=5", "Hi",
                        Map.of(Bitrix24NotifyConstants.ATTACH, List.of(Map.of("BUTTON", "x"))), "ATTACH_ERROR", "im.notify"),
                Arguments.of("bitrix24-notify:answer", "Thanks", Map.of(), "ID_ERROR", "im.notify.answer"),
                Arguments.of("bitrix24-notify:answer?notifyId=7", "", Map.of(), "ANSWER_TEXT_ERROR", "im.notify.answer"),
                Arguments.of("bitrix24-notify:confirm?notifyValue=Y", null, Map.of(), "ID_ERROR", "im.notify.confirm"),
                Arguments.of("bitrix24-notify:confirm?notifyId=7", null, Map.of(), "NOTIFY_VALUE_ERROR", "im.notify.confirm"),
                Arguments.of("bitrix24-notify:readList", null, Map.of(), "PARAMS_ERROR", "im.notify.read.list"),
                Arguments.of("bitrix24-notify:readList", "1,x", Map.of(), "PARAMS_ERROR", "im.notify.read.list"),
                Arguments.of("bitrix24-notify:delete", null, Map.of(), "PARAMS_ERROR", "im.notify.delete"),
                Arguments.of("bitrix24-notify:delete?tag=T1", null, Map.of(), "ACCESS_DENIED", "im.notify.delete"),
                Arguments.of("bitrix24-notify:historySearch", "ab", Map.of(), "SEARCH_TEXT_ERROR", "im.notify.history.search"),
                Arguments.of("bitrix24-notify:historySearch", null, Map.of(), "SEARCH_TEXT_ERROR", "im.notify.history.search"),
                Arguments.of("bitrix24-notify:get", null, Map.of(Bitrix24NotifyConstants.LAST_ID, 10L),
                        "LAST_ID_AND_LAST_TYPE", "im.notify.get"),
                Arguments.of("bitrix24-notify:get", null, Map.of(Bitrix24NotifyConstants.LAST_TYPE, 3),
                        "LAST_ID_AND_LAST_TYPE", "im.notify.get"),
                Arguments.of("bitrix24-notify:get", null,
                        Map.of(Bitrix24NotifyConstants.LAST_ID, "abc", Bitrix24NotifyConstants.LAST_TYPE, 3),
                        "LAST_ID_STRING", "im.notify.get"));
    }

    @ParameterizedTest(name = "{3} from {0}")
    @MethodSource("refusals")
    void refusesBeforeAnyHttpCall(String uri, Object body, Map<String, Object> headers, String code, String method) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });

        Bitrix24NotifyException error = exchange.getException(Bitrix24NotifyException.class);
        assertThat(error).as("exception of %s", uri).isNotNull();
        assertThat(error.getErrorCode()).isEqualTo(code);
        assertThat(error.getMethod()).isEqualTo(method);
        assertThat(error.getOutcome()).isEqualTo(Outcome.NOT_SENT);
        assertThat(sandbox().httpRequestCount()).as("HTTP requests the portal received").isZero();
    }

    @Test
    void searchTextMayBeShortWhenAnotherFilterIsGiven() {
        Exchange exchange = send("bitrix24-notify:historySearch?searchType=rest", "ab");

        assertThat(exchange.getException()).isNull();
        assertThat(onlyCall("im.notify.history.search").param("SEARCH_TEXT")).isEqualTo("ab");
    }

    @Test
    void attachLimitFollowsTheAttachMaxBytesOption() {
        String attach = "[{\"MESSAGE\":\"" + "x".repeat(40_000) + "\"}]";

        Exchange exchange = template.request("bitrix24-notify:notify?userId=5&attachMaxBytes=60000", e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(Bitrix24NotifyConstants.ATTACH, attach);
        });

        assertThat(exchange.getException()).isNull();
        assertThat(onlyCall("im.notify").param("ATTACH")).contains("xxxx");
    }

    @Test
    void rawParamsHeaderCanSupplyWhatTheOptionsLack() {
        Exchange exchange = template.request("bitrix24-notify:notify", e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(Bitrix24NotifyConstants.PARAMS, Map.of("USER_ID", 9));
        });

        assertThat(exchange.getException()).isNull();
        assertThat(onlyCall("im.notify").param("USER_ID")).isEqualTo("9");
    }
}
