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

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotifyReadTest extends PortalTestSupport {

    private List<Long> ids;

    @BeforeEach
    void threeUnreadNotifications() {
        ids = sandbox.seed(1).text("n%d").createMany(3);
    }

    @Test
    void readsOnlyTheGivenNotificationWithOnlyCurrent() {
        PortalHttpCaller.Reply reply = client.json("im.notify.read", Map.of("ID", ids.get(1), "ONLY_CURRENT", "Y"));

        assertThat(reply.result().asBoolean()).isTrue();
        assertThat(readIds()).containsExactly(ids.get(1));
    }

    @Test
    void readsTheGivenNotificationAndEveryNewerOneWithoutOnlyCurrent() {
        client.json("im.notify.read", Map.of("ID", ids.get(1)));

        assertThat(readIds()).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
    }

    @Test
    void actionNMarksUnreadTogetherWithTheSameTag() {
        long tagged = sandbox.seed(1).text("tagged").tag("T").read(true).create();
        long sameTag = sandbox.seed(1).text("retagged later").read(true).create();
        sandbox.retag(sameTag, "T");
        client.json("im.notify.read.all", Map.of());

        client.json("im.notify.read", Map.of("ID", tagged, "ACTION", "N", "ONLY_CURRENT", "Y"));

        assertThat(unreadIds()).containsExactlyInAnyOrder(tagged, sameTag);
    }

    @Test
    void withoutIdNothingChanges() {
        PortalHttpCaller.Reply reply = client.json("im.notify.read", Map.of("ACTION", "Y"));

        assertThat(reply.result().asBoolean()).isTrue();
        assertThat(readIds()).isEmpty();
    }

    @Test
    void idZeroReadsEverything() {
        client.json("im.notify.read", Map.of("ID", 0));

        assertThat(unreadIds()).isEmpty();
    }

    @Test
    void readListMarksTheListedNotificationsFromAFormBody() {
        PortalHttpCaller.Reply reply = client.form("im.notify.read.list",
                PortalHttpCaller.form("IDS[]", ids.get(0).toString(), "IDS[]", ids.get(2).toString()));

        assertThat(reply.result().asBoolean()).isTrue();
        assertThat(readIds()).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
    }

    @Test
    void readListStopsAtTheFirstIdThatIsNotPositive() {
        client.json("im.notify.read.list", Map.of("IDS", List.of(ids.get(0), 0, ids.get(2))));

        assertThat(readIds()).containsExactly(ids.get(0));
    }

    @Test
    void readListWithAnyActionButYMarksUnread() {
        client.json("im.notify.read.all", Map.of());

        client.json("im.notify.read.list", Map.of("IDS", List.of(ids.get(1)), "ACTION", "no"));

        assertThat(unreadIds()).containsExactly(ids.get(1));
    }

    @Test
    void readListNeedsAnArrayOfIds() {
        for (Map<String, Object> params : List.of(Map.<String, Object> of(), Map.<String, Object> of("IDS", "1,2"))) {
            PortalHttpCaller.Reply reply = client.json("im.notify.read.list", params);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.error()).isEqualTo("PARAMS_ERROR");
            assertThat(reply.errorDescription()).isEqualTo("No IDS param or it is not an array");
        }
    }

    @Test
    void readAllReadsEveryNotificationOfTheCallerOnly() {
        long othersNotification = sandbox.seed(2).text("other").create();

        PortalHttpCaller.Reply reply = client.json("im.notify.read.all", Map.of());

        assertThat(reply.result().toString()).isEqualTo("{\"result\":true,\"newCounter\":0}");
        assertThat(unreadIds()).isEmpty();
        assertThat(sandbox.notification(othersNotification).orElseThrow().read()).isFalse();
    }

    private List<Long> readIds() {
        return sandbox.notifications(1).stream().filter(StoredNotification::read).map(StoredNotification::id).toList();
    }

    private List<Long> unreadIds() {
        return sandbox.notifications(1).stream().filter(n -> !n.read()).map(StoredNotification::id).toList();
    }
}
