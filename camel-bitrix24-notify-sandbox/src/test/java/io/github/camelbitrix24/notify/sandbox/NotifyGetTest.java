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

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotifyGetTest extends PortalTestSupport {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 3, 3, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aUserWithoutNotificationsGetsOnlyTheTwoLists() {
        PortalHttpCaller.Reply reply = client.json("im.notify.get", Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().toString()).startsWith("{\"result\":{\"notifications\":[],\"users\":[]},\"time\":{");
    }

    @Test
    void theFirstPageListsConfirmationsFirstThenTheRestNewestFirst() {
        long older = sandbox.seed(1).text("older").date(NOON.minusHours(2)).create();
        long confirm = sandbox.seed(1).confirm().fromUser(7).text("Join?").date(NOON.minusHours(3)).create();
        long readOne = sandbox.seed(1).text("read one").date(NOON.minusHours(1)).read(true).create();
        long newest = sandbox.seed(1).system().text("newest").date(NOON).create();
        sandbox.seed(2).text("someone else's").create();

        JsonNode result = client.json("im.notify.get", Map.of()).result();

        assertThat(ids(result)).containsExactly(confirm, newest, readOne, older);
        assertThat(result.get("total_count").asInt()).isEqualTo(4);
        assertThat(result.get("total_unread_count").asInt()).isEqualTo(3);
        assertThat(result.get("chat_id").asLong()).isPositive();
        assertThat(result.get("users").findValuesAsText("id")).containsExactly("7", "1");
    }

    @Test
    void showsNotificationsAsTheDocsDo() throws Exception {
        long id = sandbox.seed(1).fromUser(3).text("Reminder").tag("MP|12345|TASK_42").subTag("MP|12345|TASK|42")
                .date(NOON).create();

        JsonNode notification = client.json("im.notify.get", Map.of()).result().get("notifications").get(0);

        assertThat(new ObjectMapper().readTree("""
                {"id":%d,"chat_id":%d,"author_id":3,"date":"2026-03-03T12:00:00+00:00","notify_type":2,
                 "notify_module":"rest","notify_event":"rest_notify","notify_tag":"MP|12345|TASK_42",
                 "notify_sub_tag":"MP|12345|TASK|42","notify_title":"","setting_name":"rest|rest_notify",
                 "text":"Reminder","notify_read":"N","params":null}
                """.formatted(id, sandbox.notification(id).orElseThrow().chatId()))).isEqualTo(notification);
    }

    @Test
    void confirmNotificationsCarryTheirButtonsAsAKeyboard() throws Exception {
        long id = sandbox.seed(1).confirm().text("Join?").button("Accept", "Y").button("Decline", "N").create();

        JsonNode notification = client.json("im.notify.get", Map.of()).result().get("notifications").get(0);
        JsonNode keyboard = new ObjectMapper().readTree(notification.get("notify_buttons").asText());

        assertThat(notification.get("notify_type").asInt()).isEqualTo(StoredNotification.CONFIRM);
        assertThat(keyboard.findValuesAsText("COMMAND")).containsOnly("notifyConfirm");
        assertThat(keyboard.findValuesAsText("COMMAND_PARAMS")).containsExactly(id + "|Y", id + "|N");
        assertThat(keyboard.findValuesAsText("TEXT")).containsExactly("Accept", "Decline");
    }

    @Test
    void systemNotificationsHaveNoAuthorInTheUsers() {
        sandbox.seed(1).system().text("Backup done").create();

        JsonNode result = client.json("im.notify.get", Map.of()).result();

        assertThat(result.get("notifications").get(0).get("author_id").asLong()).isZero();
        assertThat(result.get("users")).isEmpty();
    }

    @Test
    void theCursorWalksEveryNotificationOnceConfirmationsFirst() {
        List<Long> regular = new ArrayList<>();
        List<Long> confirms = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            regular.add(sandbox.seed(1).text("regular " + i).date(NOON.plusMinutes(i)).create());
            if (i < 3) {
                confirms.add(sandbox.seed(1).confirm().text("confirm " + i).date(NOON.plusMinutes(i)).create());
            }
        }

        List<Long> seen = new ArrayList<>();
        List<JsonNode> page = page(Map.of("LIMIT", 2));
        while (!page.isEmpty()) {
            page.forEach(n -> seen.add(n.get("id").asLong()));
            JsonNode last = page.get(page.size() - 1);
            int stage = last.get("notify_type").asInt() == StoredNotification.CONFIRM ? 1 : 3;
            page = page(Map.of("LIMIT", 2, "LAST_ID", last.get("id").asLong(), "LAST_TYPE", stage));
        }

        Collections.reverse(confirms);
        Collections.reverse(regular);
        List<Long> expected = new ArrayList<>(confirms);
        expected.addAll(regular);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void aCursorStageOtherThanOneOrThreeGivesAnEmptyPage() {
        long id = sandbox.seed(1).text("a").create();

        assertThat(page(Map.of("LAST_ID", id + 1, "LAST_TYPE", 2))).isEmpty();
    }

    @Test
    void theConfirmationStageBelowEveryIdGoesOnWithTheNewestOthers() {
        for (int i = 0; i < 3; i++) {
            sandbox.seed(1).confirm().text("confirm " + i).date(NOON.plusMinutes(10 + i)).create();
        }
        long older = sandbox.seed(1).text("older").date(NOON).create();
        long newer = sandbox.seed(1).text("newer").date(NOON.plusMinutes(1)).create();

        // the portal fills a confirmation page that runs short with the others, from the newest, whatever LAST_ID
        assertThat(page(Map.of("LIMIT", 2, "LAST_ID", 1, "LAST_TYPE", 1)).stream().map(n -> n.get("id").asLong()))
                .containsExactly(newer, older);
    }

    @Test
    void pagesHoldFiftyAtMost() {
        sandbox.seed(1).text("bulk %d").createMany(60);

        assertThat(page(Map.of())).hasSize(50);
        assertThat(page(Map.of("LIMIT", 100))).hasSize(50);
        assertThat(page(Map.of("LIMIT", 0))).hasSize(50);
        assertThat(page(Map.of("LIMIT", "10"))).hasSize(10);
    }

    @Test
    void ordersByDateBeforeId() {
        long newerDate = sandbox.seed(1).text("a").date(NOON).create();
        long olderDate = sandbox.seed(1).text("b").date(NOON.minusDays(1)).create();

        assertThat(page(Map.of()).stream().map(n -> n.get("id").asLong())).containsExactly(newerDate, olderDate);
    }

    @Test
    void showsTheCallersNotificationsOnly() {
        sandbox.seed(1).text("mine").create();
        long theirs = sandbox.seed(2).text("theirs").create();

        JsonNode result = new PortalHttpCaller(sandbox.webhookUrl(2)).json("im.notify.get", Map.of()).result();

        assertThat(ids(result)).containsExactly(theirs);
    }

    @Test
    void lastIdAndLastTypeGoTogether() {
        sandbox.seed(1).text("a").create();

        for (Map<String, Object> half : List.of(Map.<String, Object> of("LAST_ID", 5),
                Map.<String, Object> of("LAST_TYPE", 3))) {
            PortalHttpCaller.Reply reply = client.json("im.notify.get", half);
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.error()).isEqualTo("LAST_ID_AND_LAST_TYPE");
            assertThat(reply.errorDescription()).isEqualTo("Parameters LAST_ID and LAST_TYPE should be used together.");
        }
    }

    @Test
    void lastIdMustBeDigits() {
        PortalHttpCaller.Reply reply = client.json("im.notify.get", Map.of("LAST_ID", "12a", "LAST_TYPE", 3));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("LAST_ID_STRING");
        assertThat(reply.errorDescription()).isEqualTo("Last notification ID can't be string");
    }

    private List<JsonNode> page(Map<String, Object> params) {
        List<JsonNode> notifications = new ArrayList<>();
        client.json("im.notify.get", new HashMap<>(params)).result().get("notifications").forEach(notifications::add);
        return notifications;
    }

    private static List<Long> ids(JsonNode result) {
        List<Long> ids = new ArrayList<>();
        result.get("notifications").forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
