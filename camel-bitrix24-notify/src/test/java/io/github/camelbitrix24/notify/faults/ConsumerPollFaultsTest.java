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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.CapturedLog;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What goes wrong while polling: a route that keeps failing, a read mark the portal refuses, a page repeated. */
class ConsumerPollFaultsTest extends SandboxTestSupport {

    private final List<Long> delivered = new CopyOnWriteArrayList<>();

    private List<Long> seed(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(sandbox().seed(1).text("n" + i).create());
        }
        return ids;
    }

    private int gets() {
        return sandbox().calls("im.notify.get").size();
    }

    @Test
    void aNotificationTheRouteAlwaysFailsOnComesAgainEachPollNeverSkippedAtABoundedCost() throws Exception {
        // twelve pages of five: the first poll walks them all down to find the oldest
        List<Long> ids = seed(60);
        long poison = ids.get(2);
        List<Integer> getsAtEachAttempt = new CopyOnWriteArrayList<>();
        try (CapturedLog log = CapturedLog.open()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=ALL&limit=5").routeId("inbox")
                            .process(exchange -> {
                                long id = exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class);
                                if (id == poison) {
                                    getsAtEachAttempt.add(gets());
                                    throw new IllegalStateException("the downstream system rejects " + id);
                                }
                                delivered.add(id);
                            });
                }
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> getsAtEachAttempt.size() >= 5);
            context.getRouteController().stopRoute("inbox");

            assertThat(delivered).containsExactly(ids.get(0), ids.get(1));
            // after the first walk (thirteen requests), a poll reads the first page (nothing new there), then the two
            // pages that hold the next five notifications, the failing one first: not the twelve pages again
            for (int attempt = 1; attempt < getsAtEachAttempt.size(); attempt++) {
                assertThat(getsAtEachAttempt.get(attempt) - getsAtEachAttempt.get(attempt - 1))
                        .as("requests of poll %d", attempt + 1)
                        .isLessThanOrEqualTo(3);
            }
            assertThat(log.lines())
                    .filteredOn(line -> line.level() == Level.WARN && line.text().contains("Notification " + poison + " "))
                    .hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(line -> assertThat(line.text()).contains("next poll"));
        }
    }

    @Test
    void readMarksThePortalRefusedAreSentAgainOnTheNextPollAndLoggedWithTheirIds() throws Exception {
        List<Long> ids = seed(3);
        sandbox().faults().failNext("im.notify.read.list", 500, "INTERNAL_SERVER_ERROR", "Internal server error");
        try (CapturedLog log = CapturedLog.open()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // the client gives up at once, so that the consumer sees the failure
                    from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=ALL&markReadOnProcessed=true&maxRetries=0")
                            .routeId("inbox")
                            .process(exchange -> delivered
                                    .add(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class)));
                }
            });

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sandbox().notifications(1).stream().allMatch(StoredNotification::read));
            context.getRouteController().stopRoute("inbox");

            assertThat(delivered).containsExactlyElementsOf(ids);
            List<RecordedCall> marks = sandbox().calls("im.notify.read.list");
            assertThat(marks).extracting(RecordedCall::httpStatus).containsExactly(500, 200);
            assertThat(marks.get(1).param("IDS")).isEqualTo(marks.get(0).param("IDS"));
            assertThat(log.lines()).filteredOn(line -> line.level() == Level.WARN && line.logger().endsWith("ReadMarker"))
                    .singleElement()
                    .satisfies(line -> assertThat(line.text()).contains(ids.toString()).contains("next poll"));
        }
    }

    @Test
    void readMarksThePortalRefusesThreePollsInARowAreGivenUpWithTheirIdsAndLaterOnesStillGoOut() throws Exception {
        List<Long> ids = seed(2);
        sandbox().faults().failNext("im.notify.read.list", 3, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
        try (CapturedLog log = CapturedLog.open()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=ALL&markReadOnProcessed=true&maxRetries=0")
                            .routeId("inbox")
                            .process(exchange -> delivered
                                    .add(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class)));
                }
            });
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> log.lines().stream().anyMatch(line -> line.text().contains("given up")));

            long later = sandbox().seed(1).text("later").create();

            await().atMost(Duration.ofSeconds(10)).until(() -> sandbox().notification(later).orElseThrow().read());
            context.getRouteController().stopRoute("inbox");
            String refused = ids.toString().replace(" ", "");
            assertThat(sandbox().calls("im.notify.read.list")).extracting(call -> call.param("IDS"))
                    .containsExactly(refused, refused, refused, "[" + later + "]");
            assertThat(ids).allSatisfy(id -> assertThat(sandbox().notification(id).orElseThrow().read()).isFalse());
            assertThat(log.lines()).filteredOn(line -> line.text().contains("given up"))
                    .singleElement().satisfies(line -> assertThat(line.text()).contains(ids.toString()));
        }
    }

    @Test
    void aRepeatedPageStopsTheWalkWithAnErrorAndThePortalIsNotAskedAgainAndAgain() throws Exception {
        List<Long> ids = seed(12);
        sandbox().faults().repeatPageNext("im.notify.get", 1_000);
        List<String> errors = new CopyOnWriteArrayList<>();
        List<Integer> getsAtEachError = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Bitrix24NotifyException.class).handled(true).process(exchange -> {
                    getsAtEachError.add(gets());
                    Bitrix24NotifyException error
                            = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Bitrix24NotifyException.class);
                    errors.add(error.getErrorCode() + ": " + error.getMessage());
                });
                from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=ALL&limit=5&bridgeErrorHandler=true")
                        .routeId("inbox")
                        .process(exchange -> delivered
                                .add(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class)));
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> errors.size() >= 3);
        sandbox().faults().clear();
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= ids.size());
        context.getRouteController().stopRoute("inbox");

        // each poll: the first page, the same page again for its LAST_ID, and the walk stops
        assertThat(getsAtEachError.subList(0, 3)).containsExactly(2, 4, 6);
        assertThat(errors.get(0)).startsWith(Bitrix24NotifyException.INVALID_RESPONSE).contains("LAST_ID=" + ids.get(7));
        assertThat(delivered).containsExactlyElementsOf(ids);
    }
}
