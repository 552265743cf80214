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

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationModule;
import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** get, schemaGet and historySearch: one page per call, typed results, the portal's paging cursor. */
class ReadOperationsTest extends SandboxTestSupport {

    @Test
    void getReturnsATypedPageWithConfirmationsFirstAndItsAuthors() {
        long older = sandbox().seed(1).fromUser(7).text("Older").date(OffsetDateTime.now().minusHours(2)).create();
        long confirm = sandbox().seed(1).confirm().text("Join the group?").button("Accept", "Y").button("Decline", "N")
                .date(OffsetDateTime.now().minusDays(1)).create();
        long newer = sandbox().seed(1).system().text("Newer").module("main").event("backup").create();

        NotificationPage page = template.requestBody("bitrix24-notify:get", null, NotificationPage.class);

        assertThat(page.notifications()).extracting(Notification::id).containsExactly(confirm, newer, older);
        Notification first = page.notifications().get(0);
        assertThat(first.isConfirm()).isTrue();
        assertThat(first.buttons()).extracting(b -> b.title() + "=" + b.value()).containsExactly("Accept=Y", "Decline=N");
        Notification system = page.notifications().get(1);
        assertThat(system.notifyType()).isEqualTo(Notification.TYPE_SYSTEM);
        assertThat(system.module()).isEqualTo("main");
        assertThat(system.event()).isEqualTo("backup");
        assertThat(system.authorId()).isZero();
        assertThat(system.date()).isNotNull();
        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.totalUnreadCount()).isEqualTo(3);
        assertThat(page.chatId()).isNotNull();
        assertThat(page.user(7)).isPresent();
        assertThat(onlyCall("im.notify.get").params()).isEmpty();
    }

    @Test
    void getPagesBackwardsWithTheCursorThePageGives() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        List<Long> seeded = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seeded.add(sandbox().seed(1).text("n" + i).date(start.plusMinutes(i)).create());
        }

        List<Long> seen = new ArrayList<>();
        NotificationPage page = template.requestBody("bitrix24-notify:get?limit=3", null, NotificationPage.class);
        while (!page.isEmpty()) {
            page.notifications().forEach(n -> seen.add(n.id()));
            page = template.requestBodyAndHeaders("bitrix24-notify:get?limit=3", null,
                    Map.of(Bitrix24NotifyConstants.LAST_ID, page.nextLastId(), Bitrix24NotifyConstants.LAST_TYPE,
                            page.nextLastType()),
                    NotificationPage.class);
        }

        List<Long> newestFirst = new ArrayList<>(seeded);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        List<RecordedCall> calls = sandbox().calls("im.notify.get");
        assertThat(calls).hasSize(4);
        assertThat(calls.get(1).param("LIMIT")).isEqualTo("3");
        assertThat(calls.get(1).param("LAST_TYPE")).isEqualTo("3");
        assertThat(calls.get(1).param("LAST_ID")).isEqualTo(String.valueOf(seeded.get(4)));
    }

    @Test
    void getForAUserWithoutNotificationsIsAnEmptyPageWithoutCounters() {
        NotificationPage page = template.requestBody("bitrix24-notify:get", null, NotificationPage.class);

        assertThat(page.isEmpty()).isTrue();
        assertThat(page.totalCount()).isNull();
        assertThat(page.nextLastId()).isNull();
    }

    @Test
    void getSendsConvertText() {
        template.requestBody("bitrix24-notify:get?convertText=true&limit=10", null, NotificationPage.class);

        RecordedCall call = onlyCall("im.notify.get");
        assertThat(call.param("CONVERT_TEXT")).isEqualTo("Y");
        assertThat(call.param("LIMIT")).isEqualTo("10");
    }

    @Test
    void schemaGetReturnsModulesWithTheirEvents() {
        @SuppressWarnings("unchecked")
        Map<String, NotificationModule> schema = template.requestBody("bitrix24-notify:schemaGet", null, Map.class);

        assertThat(schema).isNotEmpty();
        NotificationModule module = schema.values().iterator().next();
        assertThat(module.moduleId()).isNotBlank();
        assertThat(module.events()).isNotEmpty().allSatisfy(event -> assertThat(event.id()).contains("|"));
        assertThat(onlyCall("im.notify.schema.get").params()).isEmpty();
    }

    @Test
    void historySearchFindsByTextFromTheBody() {
        long invoice = sandbox().seed(1).text("Invoice 42 paid").create();
        sandbox().seed(1).text("Something else").create();

        NotificationPage page = template.requestBody("bitrix24-notify:historySearch", "invoice", NotificationPage.class);

        assertThat(page.notifications()).extracting(Notification::id).containsExactly(invoice);
        assertThat(page.totalResults()).isEqualTo(1);
        assertThat(onlyCall("im.notify.history.search").param("SEARCH_TEXT")).isEqualTo("invoice");
    }

    @Test
    void historySearchSendsItsFiltersFromOptionsAndHeaders() {
        sandbox().seed(1).system().text("Nightly backup done").module("main").event("backup").create();

        template.requestBodyAndHeaders("bitrix24-notify:historySearch?searchType=main|backup&groupTag=G1&limit=5", null,
                Map.of(Bitrix24NotifyConstants.SEARCH_AUTHORS, List.of(0, 7),
                        Bitrix24NotifyConstants.SEARCH_DATE_FROM, OffsetDateTime.parse("2026-01-01T00:00:00Z"),
                        Bitrix24NotifyConstants.SEARCH_DATE_TO, "2026-12-31T00:00:00+00:00"),
                NotificationPage.class);

        RecordedCall call = onlyCall("im.notify.history.search");
        assertThat(call.param("SEARCH_TYPE")).isEqualTo("main|backup");
        assertThat(call.param("GROUP_TAG")).isEqualTo("G1");
        assertThat(call.param("LIMIT")).isEqualTo("5");
        assertThat(call.param("SEARCH_AUTHORS")).isEqualTo("[0,7]");
        assertThat(call.param("SEARCH_DATE_FROM")).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(call.param("SEARCH_DATE_TO")).isEqualTo("2026-12-31T00:00:00+00:00");
    }
}
