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

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Deletions and re-tagging on the portal between polls never make the consumer skip a notification. */
class ConsumerPortalChangesTest extends SandboxTestSupport {

    private final List<Long> delivered = new CopyOnWriteArrayList<>();

    @Test
    void deletedAndRetaggedNotificationsBetweenPollsSkipNothing() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            ids.add(sandbox().seed(1).text("n" + i).tag("T" + i).create());
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=200&startFrom=ALL&maxMessagesPerPoll=40").routeId("inbox")
                        .process(exchange -> delivered
                                .add(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class)));
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 40);

        // between polls: delete some delivered and some waiting notifications, re-tag others
        List<Long> deleted = List.of(ids.get(3), ids.get(45), ids.get(90), ids.get(91), ids.get(150));
        deleted.forEach(sandbox()::delete);
        sandbox().retag(ids.get(60), "RETAGGED");
        sandbox().retag(ids.get(130), "RETAGGED");
        long newest = sandbox().seed(1).text("arrived meanwhile").create();

        List<Long> expected = new ArrayList<>(ids);
        expected.add(newest);
        expected.removeIf(id -> deleted.contains(id) && !delivered.contains(id));
        await().atMost(Duration.ofSeconds(20)).until(() -> delivered.size() >= expected.size());
        context.getRouteController().stopRoute("inbox");

        assertThat(delivered).containsExactlyElementsOf(expected);
    }

    @Test
    void markReadOnProcessedMarksInBatchesNotOneByOne() throws Exception {
        for (int i = 0; i < 120; i++) {
            sandbox().seed(1).text("n" + i).create();
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=100&startFrom=ALL&markReadOnProcessed=true").routeId("inbox")
                        .process(exchange -> delivered
                                .add(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class)));
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 120
                && sandbox().notifications(1).stream().allMatch(n -> n.read()));
        context.getRouteController().stopRoute("inbox");

        List<RecordedCall> marks = sandbox().calls("im.notify.read.list");
        assertThat(marks).hasSize(1);
        assertThat(marks.get(0).param("ACTION")).isEqualTo("Y");
        assertThat(sandbox().calls("im.notify.read")).isEmpty();
    }
}
