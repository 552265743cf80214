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
package io.github.camelbitrix24.notify.examples.springboot;

import java.util.List;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application as configured by its application.yaml, faster timers aside, against the sandbox. The context closes
 * after the test, while the sandbox still runs.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "example.alerts.period=100",
        "example.inbox.poll-period=100",
        // the figures, which ActuatorFiguresTest checks, would race the web server's stop at the end of this test
        "camel.main.java-routes-exclude-pattern=**/FiguresRoute*",
        "camel.main.duration-max-seconds=0" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class NotifyApplicationTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static long colleaguesId;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        registry.add("BITRIX24_WEBHOOK_URL", () -> PORTAL.sandbox().webhookUrl());
    }

    @BeforeAll
    static void seedTheInbox() {
        colleaguesId = PORTAL.sandbox().seed(1).fromUser(7).text("Please review the Q3 budget").create();
    }

    @Test
    void sendsTheAlertsAndMarksEachReadOnceItSawThem() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        await().untilAsserted(() -> assertThat(alerts(sandbox)).hasSize(3).allMatch(StoredNotification::read));
        // further polls find nothing new to react to
        int polls = sandbox.calls("im.notify.get").size();
        await().until(() -> sandbox.calls("im.notify.get").size() >= polls + 3);

        assertThat(alerts(sandbox)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrder("Build #1 is green", "Build #2 is green", "Build #3 is green");
        assertThat(sandbox.calls("im.notify")).allSatisfy(call -> {
            assertThat(call.param("USER_ID")).isEqualTo("1");
            assertThat(call.param("TAG")).startsWith(AlertRoutes.ALERT_TAG);
            assertThat(call.param("CLIENT_ID")).isEqualTo("example.spring-boot");
        });
        assertThat(sandbox.calls("im.notify.read")).extracting(call -> Long.valueOf(call.param("ID")))
                .containsExactlyInAnyOrderElementsOf(alerts(sandbox).stream().map(StoredNotification::id).toList());
        assertThat(sandbox.calls("im.notify.read")).allMatch(RecordedCall::succeeded);
        assertThat(sandbox.notification(colleaguesId)).get().as("not ours: left unread")
                .satisfies(notification -> assertThat(notification.read()).isFalse());
    }

    private static List<StoredNotification> alerts(Bitrix24Sandbox sandbox) {
        return sandbox.notifications(1).stream().filter(n -> n.text().startsWith("Build #")).toList();
    }
}
