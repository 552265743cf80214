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
package io.github.camelbitrix24.notify.faults;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * startFrom=NOW and UNREAD when the first page of im.notify.get is full of pending confirm-type notifications: the
 * start point is the newest of all notifications, not the newest confirmation, and is found without paging through the
 * confirmations.
 */
class ConsumerStartFaultsTest extends SandboxTestSupport {

    private static final int LIMIT = 5;
    private static final int PENDING_CONFIRMS = 12;
    private static final int OLD_REGULARS = 20;

    private final List<Long> delivered = new CopyOnWriteArrayList<>();

    /** Confirmations older than the regular notifications, more of them than a page holds. */
    private List<Long> seedConfirmsThenRegulars(boolean regularsRead) {
        OffsetDateTime start = OffsetDateTime.now().minusDays(1);
        List<Long> confirms = new ArrayList<>();
        for (int i = 0; i < PENDING_CONFIRMS; i++) {
            confirms.add(
                    sandbox().seed(1).confirm().button("OK", "Y").text("confirm " + i).date(start.plusMinutes(i)).create());
        }
        for (int i = 0; i < OLD_REGULARS; i++) {
            sandbox().seed(1).text("old " + i).read(regularsRead).date(start.plusMinutes(PENDING_CONFIRMS + i)).create();
        }
        return confirms;
    }

    private void consume(String startFrom) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=50&limit=" + LIMIT + "&startFrom=" + startFrom).routeId("inbox")
                        .process(exchange -> delivered
                                .add(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class)));
            }
        });
    }

    /** Requests for the first page: the start's and one per poll. */
    private long firstPages() {
        return sandbox().calls("im.notify.get").stream().filter(call -> call.param("LAST_ID") == null).count();
    }

    @Test
    void nowWithAFullPageOfPendingConfirmationsDeliversNothingOld() throws Exception {
        seedConfirmsThenRegulars(false);
        consume("NOW");
        await().atMost(Duration.ofSeconds(10)).until(() -> firstPages() >= 3);

        long fresh = sandbox().seed(1).text("new").create();

        await().atMost(Duration.ofSeconds(10)).until(() -> !delivered.isEmpty());
        context.getRouteController().stopRoute("inbox");
        // oldest first: anything old would have come before the new one
        assertThat(delivered).containsExactly(fresh);
        List<RecordedCall> gets = sandbox().calls("im.notify.get");
        // the pending confirmations are skipped in one request each time, never paged through
        assertThat(gets).filteredOn(call -> "1".equals(call.param("LAST_TYPE")))
                .allSatisfy(call -> assertThat(call.param("LAST_ID")).isEqualTo("1"));
        assertThat(gets).hasSizeLessThanOrEqualTo((int) (2 * firstPages()));
    }

    @Test
    void unreadWithAFullPageOfPendingConfirmationsDeliversNoneOfTheReadOnes() throws Exception {
        List<Long> confirms = seedConfirmsThenRegulars(true);
        consume("UNREAD");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= PENDING_CONFIRMS);

        long fresh = sandbox().seed(1).text("new").read(true).create();

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.contains(fresh));
        context.getRouteController().stopRoute("inbox");
        List<Long> expected = new ArrayList<>(confirms);
        expected.add(fresh);
        assertThat(delivered).containsExactlyElementsOf(expected);
    }
}
