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
package io.github.camelbitrix24.notify.docs.examples;

import java.util.List;
import java.util.Map;

import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.model.NotificationModule;
import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the reference's example of each operation does, the same in every DSL: each subclass loads the examples of one
 * DSL into camel-main, and these tests drive them against the sandbox. The portal is the sandbox's webhook of user 1,
 * with a clientId so that tags apply, as the reference says they need.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OperationExamplesContract {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final long WEBHOOK_USER = Bitrix24Sandbox.DEFAULT_USER_ID;

    private CamelMainRun camel;

    /** The examples of one DSL. */
    abstract CamelMainRun withRoutes(CamelMainRun run);

    @BeforeAll
    void startCamel() {
        camel = withRoutes(new CamelMainRun())
                .property("camel.component.bitrix24-notify.webhookUrl", sandbox().webhookUrl())
                .property("camel.component.bitrix24-notify.clientId", "docs.examples")
                .start();
    }

    @AfterAll
    void stopCamel() {
        camel.close();
    }

    @BeforeEach
    void freshPortal() {
        sandbox().reset();
    }

    @Test
    void notifySendsTheBodyAndAnswersTheNewId() {
        Long id = camel.template().requestBody("direct:notify", "Nightly backup finished", Long.class);

        assertThat(sandbox().notifications(5)).singleElement().satisfies(stored -> {
            assertThat(stored.id()).isEqualTo(id);
            assertThat(stored.text()).isEqualTo("Nightly backup finished");
            assertThat(stored.notifyType()).isEqualTo(StoredNotification.SYSTEM);
        });
        assertThat(only("im.notify").param("TYPE")).isEqualTo("SYSTEM");
    }

    @Test
    void personalAddWithATagReplacesTheOlderNotificationOfThatTag() {
        camel.template().requestBody("direct:personalAdd", "Build #42 started", Long.class);
        Long failed = camel.template().requestBody("direct:personalAdd", "Build #42 failed", Long.class);

        assertThat(sandbox().notifications(5)).extracting(StoredNotification::id).containsExactly(failed);
        assertThat(sandbox().calls("im.notify.personal.add")).allSatisfy(call -> {
            assertThat(call.param("TAG")).isEqualTo("BUILD_42");
            assertThat(call.param("CLIENT_ID")).isEqualTo("docs.examples");
        });
    }

    @Test
    void systemAddSendsTheAttachmentOfTheHeader() {
        camel.template().requestBody("direct:systemAdd", "Disk almost full", Long.class);

        assertThat(sandbox().notifications(5)).singleElement().satisfies(stored -> {
            assertThat(stored.text()).isEqualTo("Disk almost full");
            assertThat(stored.attach()).asString().contains("is 93% full");
        });
    }

    @Test
    void getAnswersAPageOfTheWebhookUsersNotifications() {
        sandbox().seed(WEBHOOK_USER).text("Deploy finished").create();
        sandbox().seed(WEBHOOK_USER).text("Backup finished").create();
        sandbox().seed(WEBHOOK_USER).text("Old news").read(true).create();

        NotificationPage page = camel.template().requestBody("direct:get", null, NotificationPage.class);

        assertThat(page.notifications()).hasSize(3);
        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.totalUnreadCount()).isEqualTo(2);
        assertThat(only("im.notify.get").param("LIMIT")).isEqualTo("20");
    }

    @Test
    void schemaGetAnswersTheModulesByName() {
        Map<?, ?> schema = camel.template().requestBody("direct:schemaGet", null, Map.class);

        assertThat(schema).isNotEmpty();
        assertThat(schema.values()).allSatisfy(module -> assertThat(module).isInstanceOf(NotificationModule.class));
    }

    @Test
    void readMarksTheNotificationOfTheHeaderRead() {
        long id = sandbox().seed(WEBHOOK_USER).text("Deploy finished").create();

        Boolean done = camel.template().requestBodyAndHeader("direct:read", null, "CamelBitrix24NotifyId", id, Boolean.class);

        assertThat(done).isTrue();
        assertThat(sandbox().notification(id)).hasValueSatisfying(stored -> assertThat(stored.read()).isTrue());
        assertThat(only("im.notify.read").param("ONLY_CURRENT")).isEqualTo("Y");
    }

    @Test
    void readListMarksTheIdsOfTheBodyRead() {
        long first = sandbox().seed(WEBHOOK_USER).text("one").create();
        long second = sandbox().seed(WEBHOOK_USER).text("two").create();

        Boolean done = camel.template().requestBody("direct:readList", List.of(first, second), Boolean.class);

        assertThat(done).isTrue();
        assertThat(sandbox().notifications(WEBHOOK_USER)).allSatisfy(stored -> assertThat(stored.read()).isTrue());
    }

    @Test
    void readAllMarksEveryNotificationRead() {
        sandbox().seed(WEBHOOK_USER).text("one").create();
        sandbox().seed(WEBHOOK_USER).text("two").create();

        Boolean done = camel.template().requestBody("direct:readAll", null, Boolean.class);

        assertThat(done).isTrue();
        assertThat(sandbox().notifications(WEBHOOK_USER)).allSatisfy(stored -> assertThat(stored.read()).isTrue());
    }

    @Test
    void answerSendsTheBodyAsTheReply() {
        long id = sandbox().seed(WEBHOOK_USER).fromUser(7).text("Lunch at 1?").create();

        List<Object> messages = camel.template().requestBodyAndHeader("direct:answer", "On my way", "CamelBitrix24NotifyId", id,
                List.class);

        assertThat(messages).containsExactly((Object) "Your response has been successfully sent.");
        assertThat(sandbox().notification(id))
                .hasValueSatisfying(stored -> assertThat(stored.answers()).containsExactly("On my way"));
    }

    @Test
    void confirmPressesTheButtonOfTheOption() {
        long id = sandbox().seed(WEBHOOK_USER).confirm().text("Join the group?").button("Accept", "Y").button("Decline", "N")
                .create();

        List<?> messages
                = camel.template().requestBodyAndHeader("direct:confirm", null, "CamelBitrix24NotifyId", id, List.class);

        assertThat(messages).isNotNull();
        assertThat(sandbox().notification(id)).hasValueSatisfying(stored -> assertThat(stored.confirmedValue()).isEqualTo("Y"));
    }

    @Test
    void deleteRemovesTheNotificationsOfTheTag() {
        camel.template().requestBody("direct:personalAdd", "Build #42 failed", Long.class);

        Boolean done = camel.template().requestBody("direct:delete", null, Boolean.class);

        assertThat(done).isTrue();
        assertThat(sandbox().notifications(5)).isEmpty();
    }

    @Test
    void historySearchLooksForTheTextOfTheBody() {
        sandbox().seed(WEBHOOK_USER).text("Deploy of billing finished").create();
        sandbox().seed(WEBHOOK_USER).text("Backup finished").create();

        NotificationPage page = camel.template().requestBody("direct:historySearch", "billing", NotificationPage.class);

        assertThat(page.notifications()).extracting(n -> n.text()).containsExactly("Deploy of billing finished");
        assertThat(page.totalResults()).isEqualTo(1);
    }

    private Bitrix24Sandbox sandbox() {
        return PORTAL.sandbox();
    }

    private RecordedCall only(String method) {
        List<RecordedCall> calls = sandbox().calls(method);
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }
}
