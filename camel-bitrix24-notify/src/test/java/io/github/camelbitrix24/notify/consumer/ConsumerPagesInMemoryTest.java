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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * maxPagesInMemory: a backlog that fits is read once, page by page; of a larger one, only the newer pages that did not
 * fit are read again. Backlogs of 1,000 regular notifications, 20 full pages of 50, delivered in one poll.
 */
class ConsumerPagesInMemoryTest extends SandboxTestSupport {

    private static final int BACKLOG = 1_000;
    private static final int PAGE = 50;
    private static final int PAGES = BACKLOG / PAGE;
    /** The walk down: a request per page, and one more below the oldest, which is full, to see nothing older. */
    private static final int WALK = PAGES + 1;

    private final List<Long> delivered = new CopyOnWriteArrayList<>();
    /** im.notify.get requests when the last notification of the backlog was delivered. */
    private final AtomicInteger getsWhenDone = new AtomicInteger(-1);

    /** The portal's rate is not the point here: the client's own (2 requests/s) would only slow the test. */
    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setPlan(PortalPlan.UNLIMITED);
    }

    private void consume(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=60000&startFrom=ALL" + options).routeId("inbox")
                        .process(exchange -> {
                            delivered.add(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class));
                            if (delivered.size() == BACKLOG) {
                                getsWhenDone.set(sandbox().calls("im.notify.get").size());
                            }
                        });
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> getsWhenDone.get() >= 0);
        context.getRouteController().stopRoute("inbox");
    }

    @Test
    void aBacklogThatFitsCostsOneRequestPerPage() throws Exception {
        List<Long> seeded = sandbox().seed(1).text("n %d").createMany(BACKLOG);

        consume("");

        assertThat(delivered).containsExactlyElementsOf(seeded);
        // the default keeps 20 pages: the walk down is all, nothing is read again (it was 41 with one page kept)
        assertThat(getsWhenDone.get()).isEqualTo(WALK);
    }

    @Test
    void aLargerBacklogReadsAgainOnlyThePagesThatDidNotFitOldestFirst() throws Exception {
        List<Long> seeded = sandbox().seed(1).text("n %d").createMany(BACKLOG);
        int kept = 5;

        consume("&maxPagesInMemory=" + kept);

        assertThat(delivered).containsExactlyElementsOf(seeded);
        assertThat(getsWhenDone.get()).isEqualTo(WALK + PAGES - kept);
        // after the walk, the 5 oldest pages come from memory; then the 15 newer ones are read again, each as "ids at
        // or below its top", the oldest of them first: page p from the newest (1 to 15) tops at seeded[1000 - 50(p - 1) - 1]
        List<RecordedCall> reads = sandbox().calls("im.notify.get").subList(WALK, WALK + PAGES - kept);
        List<String> expected = new ArrayList<>();
        for (int page = PAGES - kept; page >= 1; page--) {
            expected.add(String.valueOf(seeded.get(BACKLOG - PAGE * (page - 1) - 1) + 1));
        }
        assertThat(reads).extracting(call -> call.param("LAST_ID")).containsExactlyElementsOf(expected);
        assertThat(reads).allSatisfy(call -> assertThat(call.param("LAST_TYPE")).isEqualTo("3"));
    }

    @Test
    void fewerThanOnePageIsRefusedWhenTheRouteStarts() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?maxPagesInMemory=0").routeId("inbox").to("mock:inbox");
            }
        })).rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxPagesInMemory must be 1 or more, got 0");

        assertThat(sandbox().calls()).isEmpty();
    }
}
