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

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** answer, confirm and delete act on one notification. */
class InteractiveOperationsTest extends SandboxTestSupport {

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
                // what a consumer route does with a page: press "Y" on every confirm-type notification
                from("direct:acceptAll")
                        .to("bitrix24-notify:get")
                        .split(simple("${body.notifications}"))
                        .filter(simple("${body.confirm}"))
                        .setHeader(Bitrix24NotifyConstants.ID, simple("${body.id}"))
                        .to("bitrix24-notify:confirm?notifyValue=Y");
            }
        };
    }

    @Test
    void answerSendsTheBodyAsReplyAndReturnsTheHandlersMessages() {
        long id = sandbox().seed(1).fromUser(4).text("Are you there?").create();

        @SuppressWarnings("unchecked")
        List<String> messages = template.requestBodyAndHeader("bitrix24-notify:answer", "On my way", Bitrix24NotifyConstants.ID,
                id, List.class);

        assertThat(messages).isNotEmpty();
        RecordedCall call = onlyCall("im.notify.answer");
        assertThat(call.param("NOTIFY_ID")).isEqualTo(String.valueOf(id));
        assertThat(call.param("ANSWER_TEXT")).isEqualTo("On my way");
        assertThat(sandbox().notification(id).orElseThrow().answers()).containsExactly("On my way");
    }

    @Test
    void answeringAnUnknownNotificationGivesNoMessages() {
        List<?> messages = template.requestBody("bitrix24-notify:answer?notifyId=999999", "Hello?", List.class);

        assertThat(messages).isEmpty();
        assertThat(onlyCall("im.notify.answer").succeeded()).isTrue();
    }

    @Test
    void deletingAnUnknownNotificationAnswersFalse() {
        assertThat(template.requestBody("bitrix24-notify:delete?notifyId=999999", null, Boolean.class)).isFalse();
    }

    @Test
    void answerTextOptionWinsOverANonTextBody() {
        long id = sandbox().seed(1).fromUser(4).text("Ping").create();
        Notification consumed
                = template.requestBody("bitrix24-notify:get", null, NotificationPage.class).notifications().get(0);

        template.requestBodyAndHeader("bitrix24-notify:answer?answerText=Pong", consumed, Bitrix24NotifyConstants.ID, id);

        assertThat(onlyCall("im.notify.answer").param("ANSWER_TEXT")).isEqualTo("Pong");
    }

    @Test
    void confirmPressesTheButtonOfEveryConfirmTypeNotification() {
        long invite = sandbox().seed(1).confirm().text("Join the group?").button("Accept", "Y").button("Decline", "N").create();
        long plain = sandbox().seed(1).text("Just news").create();

        template.sendBody("direct:acceptAll", null);

        RecordedCall call = onlyCall("im.notify.confirm");
        assertThat(call.param("NOTIFY_ID")).isEqualTo(String.valueOf(invite));
        assertThat(call.param("NOTIFY_VALUE")).isEqualTo("Y");
        assertThat(sandbox().notification(invite).map(n -> n.confirmedValue()).orElse("Y")).isEqualTo("Y");
        assertThat(sandbox().notification(plain)).isPresent();
    }

    @Test
    void deleteById() {
        long id = sandbox().seed(1).text("Obsolete").create();

        Boolean done
                = template.requestBodyAndHeader("bitrix24-notify:delete", null, Bitrix24NotifyConstants.ID, id, Boolean.class);

        assertThat(done).isTrue();
        assertThat(onlyCall("im.notify.delete").param("ID")).isEqualTo(String.valueOf(id));
        assertThat(sandbox().notification(id)).isEmpty();
    }

    @Test
    void deleteByTagSendsTheClientId() {
        template.requestBody("bitrix24-notify:notify?userId=1&tag=DEPLOY", "Deploying", Long.class);
        sandbox().clearCalls();

        Boolean done = template.requestBody("bitrix24-notify:delete?tag=DEPLOY", null, Boolean.class);

        assertThat(done).isTrue();
        RecordedCall call = onlyCall("im.notify.delete");
        assertThat(call.param("TAG")).isEqualTo("DEPLOY");
        assertThat(call.param("CLIENT_ID")).isEqualTo("app.camel-tests");
        assertThat(sandbox().notifications(1)).isEmpty();
    }
}
