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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backlog of 10,000 notifications, confirmations among them, is delivered completely and in order; the consumer reads
 * it page by page (50 at a time) and holds 20 pages of it at most, never the whole.
 */
class ConsumerBacklogTest extends SandboxTestSupport {

    private static final int BACKLOG = 10_000;

    /**
     * The sandbox sets no request limit here: the client's own (2 requests/s by default) would make this a 3-minute
     * test.
     */
    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setPlan(PortalPlan.UNLIMITED);
    }

    @Test
    void tenThousandNotificationsArriveCompletelyInOrder() throws Exception {
        OffsetDateTime start = OffsetDateTime.now().minusDays(10);
        List<Long> seeded = new ArrayList<>(BACKLOG);
        for (int i = 0; i < BACKLOG; i++) {
            var seed = sandbox().seed(1).text("n" + i).date(start.plusSeconds(i * 60L));
            seeded.add(i % 1000 == 999 ? seed.confirm().button("OK", "Y").create() : seed.create());
        }
        List<Long> received = java.util.Collections.synchronizedList(new ArrayList<>(BACKLOG));
        AtomicLong outOfOrder = new AtomicLong();
        AtomicInteger getsWhenDone = new AtomicInteger(-1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=100&startFrom=ALL").routeId("inbox")
                        .process(exchange -> {
                            long id = exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class);
                            if (!received.isEmpty() && received.get(received.size() - 1) >= id) {
                                outOfOrder.incrementAndGet();
                            }
                            received.add(id);
                            if (received.size() == BACKLOG) {
                                getsWhenDone.set(sandbox().calls("im.notify.get").size());
                            }
                        });
            }
        });

        await().atMost(Duration.ofSeconds(120)).until(() -> received.size() >= BACKLOG);
        context.getRouteController().stopRoute("inbox");

        assertThat(outOfOrder.get()).isZero();
        assertThat(received).containsExactlyElementsOf(seeded);
        List<RecordedCall> gets = sandbox().calls("im.notify.get");
        assertThat(gets).allSatisfy(call -> assertThat(Integer.parseInt(call.param("LIMIT"))).isLessThanOrEqualTo(50));
        // the walk down: the first page (10 confirmations, 40 regular), 199 full pages of regular ones, and one more to
        // see nothing older; of the 200 pages, the 20 oldest are held; the 180 others are read again, the first page
        // twice (once per stream on it): 201 + 181, where one page held (before maxPagesInMemory) took 201 + 201
        assertThat(getsWhenDone.get()).isEqualTo(382);
    }
}
