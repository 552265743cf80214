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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotifySendTest extends PortalTestSupport {

    @BeforeEach
    void defaultAttachLimit() {
        sandbox.limits().attachMaxLength(SandboxLimits.DEFAULT_ATTACH_MAX_LENGTH);
    }

    @Test
    void storesAPersonalNotificationFromTheCallerAndReturnsItsId() {
        PortalHttpCaller.Reply reply = client.json("im.notify",
                Map.of("USER_ID", 5, "MESSAGE", "  Reminder  ", "MESSAGE_OUT", "Reminder (email)"));

        assertThat(reply.status()).isEqualTo(200);
        long id = reply.result().asLong();
        StoredNotification stored = sandbox.notification(id).orElseThrow();
        assertThat(stored.userId()).isEqualTo(5);
        assertThat(stored.authorId()).isEqualTo(1);
        assertThat(stored.notifyType()).isEqualTo(StoredNotification.FROM_USER);
        assertThat(stored.module()).isEqualTo("rest");
        assertThat(stored.event()).isEqualTo("rest_notify");
        assertThat(stored.settingName()).isEqualTo("rest|rest_notify");
        assertThat(stored.text()).isEqualTo("Reminder");
        assertThat(stored.messageOut()).isEqualTo("Reminder (email)");
        assertThat(stored.read()).isFalse();
        assertThat(stored.chatId()).isPositive();
        assertThat(sandbox.notifications(5)).containsExactly(stored);
    }

    @Test
    void systemNotificationsHaveNoAuthor() {
        long viaType = client.json("im.notify", Map.of("USER_ID", 5, "TYPE", "SYSTEM", "MESSAGE", "a")).result().asLong();
        long viaMethod = client.json("im.notify.system.add", Map.of("USER_ID", 5, "MESSAGE", "b")).result().asLong();

        for (long id : List.of(viaType, viaMethod)) {
            StoredNotification stored = sandbox.notification(id).orElseThrow();
            assertThat(stored.notifyType()).isEqualTo(StoredNotification.SYSTEM);
            assertThat(stored.authorId()).isZero();
        }
    }

    @Test
    void personalAddIgnoresTypeAndAnUnknownTypeMeansUser() {
        long personal = client.json("im.notify.personal.add", Map.of("USER_ID", 5, "TYPE", "SYSTEM", "MESSAGE", "a"))
                .result().asLong();
        long unknownType = client.json("im.notify", Map.of("USER_ID", 5, "TYPE", "LOUD", "MESSAGE", "b"))
                .result().asLong();

        assertThat(sandbox.notification(personal).orElseThrow().notifyType()).isEqualTo(StoredNotification.FROM_USER);
        assertThat(sandbox.notification(unknownType).orElseThrow().notifyType())
                .isEqualTo(StoredNotification.FROM_USER);
    }

    @Test
    void acceptsPhpStyleFormBodies() {
        PortalHttpCaller.Reply reply = client.form("im.notify", PortalHttpCaller.form("TO", "7",
                "MESSAGE", "Hello & welcome",
                "ATTACH[BLOCKS][0][MESSAGE]", "Block text", "ATTACH[BLOCKS][1][DELIMITER][SIZE]", "200"));

        StoredNotification stored = sandbox.notification(reply.result().asLong()).orElseThrow();
        assertThat(stored.userId()).isEqualTo(7);
        assertThat(stored.text()).isEqualTo("Hello & welcome");
        assertThat(stored.attach()).isEqualTo(Map.of("BLOCKS",
                List.of(Map.of("MESSAGE", "Block text"), Map.of("DELIMITER", Map.of("SIZE", "200")))));
        RecordedCall call = sandbox.calls("im.notify").get(0);
        assertThat(call.param("TO")).isEqualTo("7");
        assertThat(call.param("ATTACH"))
                .isEqualTo("{\"BLOCKS\":[{\"MESSAGE\":\"Block text\"},{\"DELIMITER\":{\"SIZE\":\"200\"}}]}");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-3", "abc" })
    void refusesARecipientThatIsNotAPositiveId(String userId) {
        PortalHttpCaller.Reply reply = client.json("im.notify", Map.of("USER_ID", userId, "MESSAGE", "Hi"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("USER_ID_EMPTY");
        assertThat(reply.errorDescription()).isEqualTo("User ID can't be empty");
        assertThat(sandbox.calls("im.notify").get(0).errorCode()).isEqualTo("USER_ID_EMPTY");
    }

    @Test
    void refusesABlankMessage() {
        PortalHttpCaller.Reply reply = client.json("im.notify.system.add", Map.of("USER_ID", 5, "MESSAGE", "   "));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("MESSAGE_EMPTY");
        assertThat(reply.errorDescription()).isEqualTo("Message can't be empty");
        assertThat(sandbox.notifications(5)).isEmpty();
    }

    @Test
    void tagsBelongToTheApplicationNamedByClientId() throws Exception {
        long id = client.json("im.notify", Map.of("USER_ID", 5, "MESSAGE", "a", "TAG", "TASK_42",
                "SUB_TAG", "TASK|42", "CLIENT_ID", "app.test")).result().asLong();

        String appKey = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest("app.test".getBytes(StandardCharsets.UTF_8))).substring(0, 5);
        StoredNotification stored = sandbox.notification(id).orElseThrow();
        assertThat(stored.tag()).isEqualTo("MP|" + appKey + "|TASK_42");
        assertThat(stored.subTag()).isEqualTo("MP|" + appKey + "|TASK|42");
    }

    @Test
    void tagsWithoutClientIdAreIgnored() {
        long id = client.json("im.notify", Map.of("USER_ID", 5, "MESSAGE", "a", "TAG", "TASK_42")).result().asLong();

        assertThat(sandbox.notification(id).orElseThrow().tag()).isEmpty();
    }

    @Test
    void aNewNotificationReplacesTheRecipientsOlderOnesWithItsTag() {
        Map<String, Object> tagged = Map.of("MESSAGE", "v1", "TAG", "T", "CLIENT_ID", "app");
        long first = send(5, tagged);
        long otherRecipient = send(6, tagged);
        long untagged = send(5, Map.of("MESSAGE", "plain"));
        long second = send(5, Map.of("MESSAGE", "v2", "TAG", "T", "CLIENT_ID", "app"));

        assertThat(sandbox.notification(first)).isEmpty();
        assertThat(sandbox.notifications(5)).extracting(StoredNotification::id).containsExactly(second, untagged);
        assertThat(sandbox.notifications(6)).extracting(StoredNotification::id).containsExactly(otherRecipient);
    }

    @Test
    void acceptsAttachmentsInFullFormShortFormAndAsJsonText() {
        List<Object> blocks = List.of(Map.of("MESSAGE", "text"), Map.of("LINK", Map.of("NAME", "n", "LINK", "https://x")));
        long full = send(5, Map.of("MESSAGE", "a", "ATTACH", Map.of("ID", 1, "COLOR", "#29619b", "BLOCKS", blocks)));
        long shortForm = send(5, Map.of("MESSAGE", "b", "ATTACH", blocks));
        long text = send(5, Map.of("MESSAGE", "c", "ATTACH", PortalHttpCaller.write(blocks)));

        assertThat(sandbox.notification(full).orElseThrow().attach()).isInstanceOf(Map.class);
        assertThat(sandbox.notification(shortForm).orElseThrow().attach()).isEqualTo(blocks);
        assertThat(sandbox.notification(text).orElseThrow().attach()).isEqualTo(blocks);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json", "5", "{\"BLOCKS\":\"x\"}", "{\"ID\":1}", "[{\"UNKNOWN\":1}]",
            "[{\"MESSAGE\":\"a\",\"LINK\":{}}]", "[\"MESSAGE\"]" })
    void refusesMalformedAttachments(String attach) {
        PortalHttpCaller.Reply reply = client.json("im.notify", Map.of("USER_ID", 5, "MESSAGE", "a", "ATTACH", attach));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("ATTACH_ERROR");
        assertThat(reply.errorDescription()).isEqualTo("Incorrect attach params");
    }

    @Test
    void refusesAttachmentsLongerThanTheLimit() {
        List<Object> blocks = List.of(Map.of("MESSAGE", "x".repeat(59_900)));
        assertThat(client.json("im.notify", Map.of("USER_ID", 5, "MESSAGE", "a", "ATTACH", blocks)).status())
                .isEqualTo(200);

        sandbox.limits().attachMaxLength(100);
        PortalHttpCaller.Reply reply = client.json("im.notify",
                Map.of("USER_ID", 5, "MESSAGE", "a", "ATTACH", List.of(Map.of("MESSAGE", "x".repeat(100)))));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("ATTACH_OVERSIZE");
        assertThat(reply.errorDescription()).isEqualTo("You have exceeded the maximum allowable size of attach");
    }

    private long send(long userId, Map<String, Object> params) {
        Map<String, Object> withRecipient = new HashMap<>(params);
        withRecipient.put("USER_ID", userId);
        return client.json("im.notify", withRecipient).result().asLong();
    }
}
