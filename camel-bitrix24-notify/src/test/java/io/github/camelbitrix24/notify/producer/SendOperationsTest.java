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

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.model.attach.Attach;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** notify, personalAdd and systemAdd: what reaches the portal, what the route gets back. */
class SendOperationsTest extends SandboxTestSupport {

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setClientId("app.camel-tests");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:alert")
                        .to("bitrix24-notify:notify?userId=5&type=SYSTEM&messageOut=See e-mail")
                        .to("mock:sent");
            }
        };
    }

    @Test
    void notifyFromARouteReturnsTheNewIdAsBodyAndHeader() throws Exception {
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(1);

        template.sendBody("direct:alert", "  Disk [B]almost[/B] full  ");

        sent.assertIsSatisfied();
        RecordedCall call = onlyCall("im.notify");
        assertThat(call.param("USER_ID")).isEqualTo("5");
        assertThat(call.param("TYPE")).isEqualTo("SYSTEM");
        assertThat(call.param("MESSAGE")).isEqualTo("  Disk [B]almost[/B] full  ");
        assertThat(call.param("MESSAGE_OUT")).isEqualTo("See e-mail");

        Exchange received = sent.getReceivedExchanges().get(0);
        Long id = received.getMessage().getBody(Long.class);
        assertThat(received.getMessage().getHeader(Bitrix24NotifyConstants.ID)).isEqualTo(id);
        StoredNotification stored = sandbox().notification(id).orElseThrow();
        assertThat(stored.userId()).isEqualTo(5);
        assertThat(stored.notifyType()).isEqualTo(StoredNotification.SYSTEM);
        assertThat(stored.text()).isEqualTo("Disk [B]almost[/B] full");
    }

    @Test
    void headersWinOverUriOptions() {
        template.send("direct:alert", exchange -> {
            exchange.getMessage().setBody("Hello");
            exchange.getMessage().setHeader(Bitrix24NotifyConstants.USER_ID, 7);
            exchange.getMessage().setHeader(Bitrix24NotifyConstants.TYPE, "USER");
            exchange.getMessage().setHeader(Bitrix24NotifyConstants.MESSAGE_OUT, "Header text");
        });

        RecordedCall call = onlyCall("im.notify");
        assertThat(call.param("USER_ID")).isEqualTo("7");
        assertThat(call.param("TYPE")).isEqualTo("USER");
        assertThat(call.param("MESSAGE_OUT")).isEqualTo("Header text");
        assertThat(sandbox().notifications(7)).singleElement()
                .satisfies(stored -> assertThat(stored.notifyType()).isEqualTo(StoredNotification.FROM_USER));
    }

    @Test
    void personalAddSendsAPersonalNotificationFromTheWebhookUser() {
        Long id = template.requestBody("bitrix24-notify:personalAdd?userId=3", "Lunch?", Long.class);

        RecordedCall call = onlyCall("im.notify.personal.add");
        assertThat(call.params()).containsOnlyKeys("USER_ID", "MESSAGE");
        StoredNotification stored = sandbox().notification(id).orElseThrow();
        assertThat(stored.authorId()).isEqualTo(1);
        assertThat(stored.notifyType()).isEqualTo(StoredNotification.FROM_USER);
    }

    @Test
    void systemAddSendsASystemNotification() {
        Long id = template.requestBody("bitrix24-notify:systemAdd?userId=3", "Backup done", Long.class);

        assertThat(onlyCall("im.notify.system.add").param("MESSAGE")).isEqualTo("Backup done");
        assertThat(sandbox().notification(id).orElseThrow().notifyType()).isEqualTo(StoredNotification.SYSTEM);
    }

    @Test
    void tagIsSentWithClientIdAndReplacesTheOlderNotification() {
        Long first = template.requestBody("bitrix24-notify:notify?userId=4&tag=BUILD_42&subTag=BUILD", "Build started",
                Long.class);
        Long second
                = template.requestBody("bitrix24-notify:notify?userId=4&tag=BUILD_42&subTag=BUILD", "Build done", Long.class);

        List<RecordedCall> calls = sandbox().calls("im.notify");
        assertThat(calls).hasSize(2).allSatisfy(call -> {
            assertThat(call.param("TAG")).isEqualTo("BUILD_42");
            assertThat(call.param("SUB_TAG")).isEqualTo("BUILD");
            assertThat(call.param("CLIENT_ID")).isEqualTo("app.camel-tests");
        });
        assertThat(second).isNotEqualTo(first);
        assertThat(sandbox().notifications(4)).extracting(StoredNotification::text).containsExactly("Build done");
    }

    @Test
    void clientIdIsNotSentWithoutATag() {
        template.requestBody("bitrix24-notify:notify?userId=4", "No tag", Long.class);

        assertThat(onlyCall("im.notify").params()).doesNotContainKey("CLIENT_ID");
    }

    @Test
    void attachBuilderTravelsAsTheDocumentedStructure() {
        Attach attach = Attach.builder()
                .color("#29619b")
                .message("Build [B]#42[/B] failed")
                .grid(Attach.grid().item("Branch", "main"))
                .delimiter()
                .build();

        Long id = template.requestBodyAndHeader("bitrix24-notify:notify?userId=5", "See the build",
                Bitrix24NotifyConstants.ATTACH,
                attach, Long.class);

        RecordedCall call = onlyCall("im.notify");
        assertThat(call.param("ATTACH")).contains("\"COLOR\":\"#29619b\"").contains("\"MESSAGE\":\"Build [B]#42[/B] failed\"");
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = (Map<String, Object>) sandbox().notification(id).orElseThrow().attach();
        assertThat((List<?>) stored.get("BLOCKS")).hasSize(3);
    }

    @Test
    void attachAsJsonTextFromTheUriOption() {
        template.requestBody("bitrix24-notify:notify?userId=5&attach=RAW([{\"MESSAGE\":\"from the URI\"}])", "Hi", Long.class);

        assertThat(onlyCall("im.notify").param("ATTACH")).isEqualTo("[{\"MESSAGE\":\"from the URI\"}]");
    }

    @Test
    void notificationRequestBodyCarriesItsOwnFields() {
        Long id = template.requestBody("bitrix24-notify:notify?userId=1",
                NotificationRequest.to(6, "Deploy done").withType("SYSTEM").withMessageOut("Deploy done (mail)"), Long.class);

        RecordedCall call = onlyCall("im.notify");
        assertThat(call.param("USER_ID")).isEqualTo("6");
        assertThat(call.param("TYPE")).isEqualTo("SYSTEM");
        assertThat(sandbox().notification(id).orElseThrow().messageOut()).isEqualTo("Deploy done (mail)");
    }

    @Test
    void operationHeaderOverridesTheEndpointOperation() {
        Object id = template.requestBodyAndHeader("bitrix24-notify:notify?userId=2", "Switched",
                Bitrix24NotifyConstants.OPERATION, "systemAdd");

        assertThat(id).isInstanceOf(Long.class);
        assertThat(sandbox().calls()).extracting(RecordedCall::method).containsExactly("im.notify.system.add");
    }
}
