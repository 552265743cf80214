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
package io.github.camelbitrix24.notify.sandbox;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotifyAnswerAndConfirmTest extends PortalTestSupport {

    @Test
    void answerRecordsTheAnswer() {
        long id = sandbox.seed(1).fromUser(4).text("Lunch?").create();

        PortalHttpCaller.Reply reply = client.json("im.notify.answer", Map.of("NOTIFY_ID", id, "ANSWER_TEXT", " Yes "));

        assertThat(reply.result().toString())
                .isEqualTo("{\"result_message\":[\"Your response has been successfully sent.\"]}");
        assertThat(sandbox.notification(id).orElseThrow().answers()).containsExactly("Yes");
    }

    @Test
    void answerTakesIdAsAnAliasOfNotifyId() {
        long id = sandbox.seed(1).text("Lunch?").create();

        client.form("im.notify.answer", PortalHttpCaller.form("ID", Long.toString(id), "ANSWER_TEXT", "Later"));

        assertThat(sandbox.notification(id).orElseThrow().answers()).containsExactly("Later");
    }

    @Test
    void answerToANotificationTheCallerDoesNotHaveIsRefusedWithFalse() {
        long others = sandbox.seed(2).text("Lunch?").create();

        assertThat(client.json("im.notify.answer", Map.of("ID", others, "ANSWER_TEXT", "Yes")).result().toString())
                .isEqualTo("{\"result_message\":false}");
        assertThat(client.json("im.notify.answer", Map.of("ID", others + 100, "ANSWER_TEXT", "Yes")).result()
                .get("result_message").asBoolean()).isFalse();
    }

    @Test
    void answerNeedsAnIdAndAText() {
        PortalHttpCaller.Reply noId = client.json("im.notify.answer", Map.of("ANSWER_TEXT", "Yes"));
        PortalHttpCaller.Reply noText = client.json("im.notify.answer", Map.of("NOTIFY_ID", 5));

        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.error()).isEqualTo("ID_ERROR");
        assertThat(noId.errorDescription()).isEqualTo("Notification ID can't be empty");
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.error()).isEqualTo("ANSWER_TEXT_ERROR");
        assertThat(noText.errorDescription()).isEqualTo("ANSWER_TEXT can't be empty");
    }

    @Test
    void confirmRecordsTheChoiceAndRemovesTheNotification() {
        long id = sandbox.seed(1).confirm().text("Join group?").button("Accept", "Y").button("Decline", "N").create();

        PortalHttpCaller.Reply reply = client.json("im.notify.confirm", Map.of("NOTIFY_ID", id, "NOTIFY_VALUE", "Y"));

        assertThat(reply.result().toString()).isEqualTo("{\"result_message\":[\"You have chosen \\\"Accept\\\"\"]}");
        assertThat(sandbox.notifications(1)).isEmpty();
        assertThat(client.json("im.notify.get", Map.of()).result().get("notifications")).isEmpty();
        assertThat(sandbox.notification(id).orElseThrow().confirmedValue()).isEqualTo("Y");
    }

    @Test
    void confirmWithAValueOfNoButtonHasNoMessages() {
        long id = sandbox.seed(1).confirm().text("Join group?").create();

        PortalHttpCaller.Reply reply = client.json("im.notify.confirm", Map.of("ID", id, "NOTIFY_VALUE", "MAYBE"));

        assertThat(reply.result().toString()).isEqualTo("{\"result_message\":[]}");
        assertThat(sandbox.notification(id).orElseThrow().confirmedValue()).isEqualTo("MAYBE");
    }

    @Test
    void confirmOnANotificationWithoutButtonsIsRefusedWithFalse() {
        long id = sandbox.seed(1).text("Plain").create();

        PortalHttpCaller.Reply reply = client.json("im.notify.confirm", Map.of("NOTIFY_ID", id, "NOTIFY_VALUE", "Y"));

        assertThat(reply.result().toString()).isEqualTo("{\"result_message\":false}");
        assertThat(sandbox.notification(id).orElseThrow().confirmedValue()).isNull();
    }

    @Test
    void confirmNeedsAnIdAndAValue() {
        PortalHttpCaller.Reply noId = client.json("im.notify.confirm", Map.of("NOTIFY_VALUE", "Y"));
        PortalHttpCaller.Reply noValue = client.json("im.notify.confirm", Map.of("NOTIFY_ID", 5));

        assertThat(noId.error()).isEqualTo("ID_ERROR");
        assertThat(noValue.status()).isEqualTo(400);
        assertThat(noValue.error()).isEqualTo("NOTIFY_VALUE_ERROR");
        assertThat(noValue.errorDescription()).isEqualTo("Notification Value can't be empty");
    }
}
