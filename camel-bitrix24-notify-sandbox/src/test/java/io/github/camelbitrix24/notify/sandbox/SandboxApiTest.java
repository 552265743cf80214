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

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxApiTest {

    @RegisterExtension
    static Bitrix24SandboxExtension portal = new Bitrix24SandboxExtension();

    private Bitrix24Sandbox sandbox;

    @BeforeEach
    void freshPortal() {
        sandbox = portal.sandbox();
        sandbox.reset();
    }

    @Test
    void webhookUrlsBelongToTheirUsers() {
        assertThat(sandbox.webhookUrl()).matches("http://127\\.0\\.0\\.1:" + sandbox.port() + "/rest/1/[a-z0-9]{16}/");
        assertThat(sandbox.webhookUrl(7)).startsWith(sandbox.portalUrl() + "/rest/7/").isEqualTo(sandbox.webhookUrl(7));
        assertThat(sandbox.toString()).doesNotContain("/rest/");

        new PortalHttpCaller(sandbox.webhookUrl(7)).json("im.notify.read.all", Map.of());

        assertThat(sandbox.calls().get(0).userId()).isEqualTo(7);
    }

    @Test
    void seedsWithPortalDefaults() {
        long id = sandbox.seed(2).text("Hello").create();

        StoredNotification seeded = sandbox.notification(id).orElseThrow();
        assertThat(seeded.userId()).isEqualTo(2);
        assertThat(seeded.authorId()).isEqualTo(1);
        assertThat(seeded.notifyType()).isEqualTo(StoredNotification.FROM_USER);
        assertThat(seeded.settingName()).isEqualTo("rest|rest_notify");
        assertThat(seeded.read()).isFalse();
        assertThat(seeded.buttons()).isEmpty();
        assertThat(seeded.date()).isCloseTo(OffsetDateTime.now(),
                org.assertj.core.api.Assertions.within(Duration.ofSeconds(5)));
    }

    @Test
    void seedsEveryKindOfNotification() {
        OffsetDateTime date = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(3));
        long system = sandbox.seed(1).system().text("Backup done").module("main").event("backup").tag("T1")
                .date(date).read(true).create();
        long confirm = sandbox.seed(1).confirm().text("Join group?").create();
        long personal = sandbox.seed(1).fromUser(7).text("Hi").attach("[{\"MESSAGE\":\"x\"}]").create();

        StoredNotification systemOne = sandbox.notification(system).orElseThrow();
        assertThat(systemOne.notifyType()).isEqualTo(StoredNotification.SYSTEM);
        assertThat(systemOne.authorId()).isZero();
        assertThat(systemOne.settingName()).isEqualTo("main|backup");
        assertThat(systemOne.tag()).isEqualTo("T1");
        assertThat(systemOne.date()).isEqualTo(date);
        assertThat(systemOne.read()).isTrue();
        assertThat(sandbox.notification(confirm).orElseThrow().buttons())
                .containsExactly(StoredButton.ACCEPT, StoredButton.DECLINE);
        assertThat(sandbox.notification(personal).orElseThrow().authorId()).isEqualTo(7);
        assertThat(sandbox.notification(personal).orElseThrow().attach()).isEqualTo(List.of(Map.of("MESSAGE", "x")));
        assertThat(sandbox.notifications(1)).extracting(StoredNotification::id).containsExactly(personal, confirm, system);
    }

    @Test
    void seedsTenThousandNotificationsInOneCall() {
        List<Long> ids = sandbox.seed(1).text("bulk %d").createMany(10_000);

        assertThat(ids).hasSize(10_000).isSorted().doesNotHaveDuplicates();
        assertThat(sandbox.notification(ids.get(41)).orElseThrow().text()).isEqualTo("bulk 42");
        assertThat(sandbox.notifications(1).get(0).id()).isEqualTo(ids.get(9_999));
    }

    @Test
    void changesNotificationsOnThePortalSide() {
        long id = sandbox.seed(1).text("a").tag("OLD").create();

        assertThat(sandbox.retag(id, "NEW")).isTrue();
        assertThat(sandbox.notification(id).orElseThrow().tag()).isEqualTo("NEW");
        assertThat(sandbox.delete(id)).isTrue();
        assertThat(sandbox.delete(id)).isFalse();
        assertThat(sandbox.retag(id, "X")).isFalse();
        assertThat(sandbox.notifications(1)).isEmpty();
    }

    @Test
    void filtersAndClearsRecordedCalls() {
        PortalHttpCaller client = new PortalHttpCaller(sandbox.webhookUrl());
        client.json("im.notify", Map.of("USER_ID", 2, "MESSAGE", "x", "ATTACH", List.of(Map.of("MESSAGE", "y"))));
        client.json("im.notify.get", Map.of("LIMIT", 5));

        RecordedCall send = sandbox.calls("IM.NOTIFY").get(0);
        assertThat(send.userId()).isEqualTo(1);
        assertThat(send.succeeded()).isTrue();
        assertThat(send.httpStatus()).isEqualTo(200);
        assertThat(send.param("USER_ID")).isEqualTo("2");
        assertThat(send.param("ATTACH")).isEqualTo("[{\"MESSAGE\":\"y\"}]");
        assertThat(send.param("MISSING")).isNull();
        assertThat(sandbox.calls("im.notify.get")).hasSize(1);
        assertThat(sandbox.httpRequestCount()).isEqualTo(2);

        sandbox.clearCalls();

        assertThat(sandbox.calls()).isEmpty();
        assertThat(sandbox.httpRequestCount()).isZero();
    }

    @Test
    void measuresTheSpanOfArrivalsUntilCleared() throws InterruptedException {
        PortalHttpCaller client = new PortalHttpCaller(sandbox.webhookUrl());
        client.json("im.notify.get", Map.of());
        assertThat(sandbox.arrivalSpan()).isZero();

        Thread.sleep(30);
        client.json("im.notify.get", Map.of());

        // at least the pause between the two sends; no upper bound, as a loaded machine may stretch it
        assertThat(sandbox.arrivalSpan()).isGreaterThanOrEqualTo(Duration.ofMillis(30));
        sandbox.clearCalls();
        assertThat(sandbox.arrivalSpan()).isZero();
    }

    @Test
    void resetForgetsNotificationsButIdsKeepIncreasing() {
        long before = sandbox.seed(1).text("a").create();

        sandbox.reset();

        assertThat(sandbox.notifications(1)).isEmpty();
        assertThat(sandbox.seed(1).text("b").create()).isGreaterThan(before);
    }

    @Test
    void recordedCallsCannotBeChanged() {
        new PortalHttpCaller(sandbox.webhookUrl()).json("im.notify.read.list", Map.of("IDS", List.of(1)));

        RecordedCall call = sandbox.calls().get(0);

        assertThatThrownBy(() -> call.params().put("X", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
