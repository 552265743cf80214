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
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotifyHistorySearchTest extends PortalTestSupport {

    private static final OffsetDateTime MARCH_3 = OffsetDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZoneOffset.UTC);

    private long invoice;
    private long taskUpdate;
    private long taskComment;
    private long confirm;

    @BeforeEach
    void notificationsOfSeveralKinds() {
        invoice = sandbox.seed(1).fromUser(3).text("Your Invoice is ready").date(MARCH_3).create();
        taskUpdate = sandbox.seed(1).module("tasks").event("task_update").text("Task changed").date(MARCH_3.plusDays(1))
                .create();
        taskComment = sandbox.seed(1).fromUser(4).module("tasks").event("comment").text("New comment")
                .date(MARCH_3.plusDays(2)).create();
        confirm = sandbox.seed(1).confirm().module("socialnetwork").event("invite_group").text("Join the invoice group?")
                .date(MARCH_3.minusDays(1)).create();
    }

    @Test
    void findsTextIgnoringCase() {
        JsonNode result = search(Map.of("SEARCH_TEXT", "invoice"));

        assertThat(ids(result)).containsExactly(invoice, confirm);
        assertThat(result.get("total_results").asInt()).isEqualTo(2);
        assertThat(result.get("chat_id").asLong()).isPositive();
        assertThat(result.get("users").findValuesAsText("id")).containsExactly("3", "1");
        assertThat(result.has("total_count")).isFalse();
    }

    @Test
    void filtersByModuleOrModuleAndEvent() {
        assertThat(ids(search(Map.of("SEARCH_TYPE", "tasks")))).containsExactly(taskComment, taskUpdate);
        assertThat(ids(search(Map.of("SEARCH_TYPE", "tasks|task_update")))).containsExactly(taskUpdate);
        assertThat(ids(search(Map.of("SEARCH_TYPES", List.of("tasks", "socialnetwork")))))
                .containsExactly(taskComment, taskUpdate, confirm);
    }

    @Test
    void filtersByADayFromTheDateOrByARange() {
        assertThat(ids(search(Map.of("SEARCH_DATE", "2026-03-04T09:00:00+00:00")))).containsExactly(taskComment,
                taskUpdate);
        assertThat(ids(search(Map.of("SEARCH_DATE_FROM", "2026-03-02T00:00:00+00:00",
                "SEARCH_DATE_TO", "2026-03-03T00:00:00+00:00")))).containsExactly(invoice, confirm);
    }

    @Test
    void filtersByAuthorAndByGroup() {
        assertThat(ids(search(Map.of("SEARCH_AUTHORS", List.of(4))))).containsExactly(taskComment);
        assertThat(ids(search(Map.of("SEARCH_TEXT", "invoice", "GROUP_TAG", "confirm")))).containsExactly(confirm);
    }

    @Test
    void pagesWithLastIdAndCountsOnTheFirstPageOnly() {
        JsonNode first = search(Map.of("SEARCH_TYPE", "tasks", "LIMIT", 1));
        JsonNode second = search(Map.of("SEARCH_TYPE", "tasks", "LIMIT", 1, "LAST_ID", taskComment));

        assertThat(ids(first)).containsExactly(taskComment);
        assertThat(first.get("total_results").asInt()).isEqualTo(2);
        assertThat(ids(second)).containsExactly(taskUpdate);
        assertThat(second.has("total_results")).isFalse();
    }

    @Test
    void needsThreeCharactersOfTextWithoutAnotherFilter() {
        PortalHttpCaller.Reply reply = client.json("im.notify.history.search", Map.of("SEARCH_TEXT", " ab "));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("SEARCH_TEXT_ERROR");
        assertThat(reply.errorDescription()).isEqualTo("SEARCH_TEXT can't be less than 3 symbols");
    }

    @Test
    void answersAnEmptyArrayWhenNothingNarrowsTheSearchOrThereAreNoNotifications() {
        assertThat(search(Map.of("SEARCH_DATE_FROM", "2026-03-02T00:00:00+00:00")).isArray()).isTrue();
        assertThat(search(Map.of("SEARCH_DATE_FROM", "2026-03-02T00:00:00+00:00"))).isEmpty();
        JsonNode nobody = new PortalHttpCaller(sandbox.webhookUrl(9)).json("im.notify.history.search",
                Map.of("SEARCH_TEXT", "invoice")).result();
        assertThat(nobody.isArray()).isTrue();
        assertThat(nobody).isEmpty();
    }

    @Test
    void lastIdMustBeDigits() {
        PortalHttpCaller.Reply reply = client.json("im.notify.history.search", Map.of("SEARCH_TEXT", "invoice",
                "LAST_ID", "x"));

        assertThat(reply.error()).isEqualTo("LAST_ID_STRING");
    }

    private JsonNode search(Map<String, Object> params) {
        PortalHttpCaller.Reply reply = client.json("im.notify.history.search", params);
        assertThat(reply.status()).isEqualTo(200);
        return reply.result();
    }

    private static List<Long> ids(JsonNode result) {
        List<Long> ids = new ArrayList<>();
        result.get("notifications").forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
