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
package io.github.camelbitrix24.notify.consumer;

import java.time.OffsetDateTime;

import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** startFrom decides what a consumer without saved state delivers of the notifications already there. */
class ConsumerStartFromTest extends SandboxTestSupport {

    private void seedHistory() {
        OffsetDateTime start = OffsetDateTime.now().minusDays(2);
        sandbox().seed(1).text("old read").read(true).date(start).create();
        sandbox().seed(1).text("old unread").date(start.plusHours(1)).create();
        sandbox().seed(1).confirm().text("old confirm").button("OK", "Y").date(start.plusHours(2)).create();
        sandbox().seed(1).text("old read too").read(true).date(start.plusHours(3)).create();
    }

    private MockEndpoint consume(String startFrom, int expected) throws Exception {
        MockEndpoint inbox = getMockEndpoint("mock:inbox");
        inbox.expectedMessageCount(expected);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=" + startFrom).routeId("inbox").to("mock:inbox");
            }
        });
        return inbox;
    }

    @Test
    void allDeliversTheWholeHistoryOldestFirst() throws Exception {
        seedHistory();
        MockEndpoint inbox = consume("ALL", 4);

        inbox.assertIsSatisfied(10_000);
        assertThat(inbox.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Notification.class).text())
                .containsExactly("old read", "old unread", "old confirm", "old read too");
    }

    @Test
    void unreadDeliversTheUnreadOnesThenEveryNewOne() throws Exception {
        seedHistory();
        MockEndpoint inbox = consume("UNREAD", 2);
        org.awaitility.Awaitility.await().until(() -> inbox.getReceivedCounter() == 2);
        org.awaitility.Awaitility.await().until(() -> sandbox().calls("im.notify.get").size() >= 6);

        sandbox().seed(1).text("new, already read elsewhere").read(true).create();

        org.awaitility.Awaitility.await().until(() -> inbox.getReceivedCounter() == 3);
        assertThat(inbox.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Notification.class).text())
                .containsExactly("old unread", "old confirm", "new, already read elsewhere");
    }

    @Test
    void nowDeliversNothingOld() throws Exception {
        seedHistory();
        MockEndpoint inbox = consume("NOW", 1);
        org.awaitility.Awaitility.await().until(() -> sandbox().calls("im.notify.get").size() >= 2);

        sandbox().seed(1).text("new").create();

        inbox.assertIsSatisfied(10_000);
        assertThat(inbox.getReceivedExchanges().get(0).getMessage().getBody(Notification.class).text()).isEqualTo("new");
    }
}
