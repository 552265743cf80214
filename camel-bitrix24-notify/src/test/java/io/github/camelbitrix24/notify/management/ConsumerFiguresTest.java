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
package io.github.camelbitrix24.notify.management;

import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

import static io.github.camelbitrix24.notify.support.FigureReaders.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A consumer's cursor, polls and backlog, read through the dev console, its JMX MBean and the meters. */
class ConsumerFiguresTest extends SandboxTestSupport {

    @Override
    protected boolean readsFigures() {
        return true;
    }

    @Test
    void aBacklogDeliveredShowsTheCursorThePagesAndTheCount() throws Exception {
        long newest = LongStream.range(0, 120).map(i -> sandbox().seed(1).text("waiting " + i).create()).max().orElseThrow();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?startFrom=all&limit=50&initialDelay=0&delay=100").routeId("inbox")
                        .to("mock:inbox");
            }
        });

        await().atMost(20, TimeUnit.SECONDS).until(() -> figures.consumerJson().get("delivered").equals(120L));

        assertThat(figures.consumerJson().get("lastDeliveredId")).isEqualTo(newest);
        assertThat(figures.consumerJson().get("routeId")).isEqualTo("inbox");
        assertThat(figures.consumerJson().get("lastPollOutcome")).isEqualTo("OK");
        assertThat((Long) figures.consumerJson().get("pagesRead")).as("three pages of 50 at least")
                .isGreaterThanOrEqualTo(3L);
        assertThat(figures.consumerJson().get("readMarksPending")).isEqualTo(0);
        assertThat(figures.consumerAttribute("LastDeliveredId")).isEqualTo(newest);
        assertThat(figures.consumerAttribute("DeliveredCount")).isEqualTo(120L);
        assertThat(figures.consumerAttribute("LastPollOutcome")).isEqualTo("OK");
        assertThat((Long) figures.consumerAttribute("PagesRead")).isGreaterThanOrEqualTo(3L);
        assertThat(figures.consumerMeter("delivered", "inbox")).isEqualTo(120);
        assertThat(figures.consumerMeter("last.delivered.id", "inbox")).isEqualTo(newest);
        assertThat(figures.consoleText()).contains("Consumer: inbox", "Last delivered id: " + newest, "Delivered: 120");
        assertThat(get(figures.portalJson(), "health", "state")).isEqualTo("UP");
    }

    @Test
    void jmxShowsTheFiguresTheConsoleShows() throws Exception {
        sandbox().seed(1).text("one").create();
        long newest = sandbox().seed(1).text("two").create();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?startFrom=all&markReadOnProcessed=true&initialDelay=0&delay=100")
                        .routeId("inbox").to("mock:inbox");
            }
        });
        await().atMost(20, TimeUnit.SECONDS).until(() -> figures.consumerJson().get("delivered").equals(2L));
        // no poll between the two reads
        context.getRouteController().suspendRoute("inbox");

        JsonObject json = figures.consumerJson();
        assertThat(json.get("lastDeliveredId")).isEqualTo(newest);
        assertThat(figures.consumerAttribute("LastDeliveredId")).isEqualTo(json.get("lastDeliveredId"));
        assertThat(figures.consumerAttribute("LastPollTime")).isEqualTo(json.get("lastPoll")).isNotEqualTo("");
        assertThat(figures.consumerAttribute("LastPollOutcome")).isEqualTo(json.get("lastPollOutcome"));
        assertThat(figures.consumerAttribute("DeliveredCount")).isEqualTo(json.get("delivered"));
        assertThat(figures.consumerAttribute("PagesRead")).isEqualTo(json.get("pagesRead"));
        assertThat(figures.consumerAttribute("ReadMarksPending")).isEqualTo(json.get("readMarksPending"));
    }

    @Test
    void aFailedPollShowsItsErrorCode() throws Exception {
        sandbox().faults().failNext("im.notify.get", 1000, 401, "INVALID_CREDENTIALS", "Invalid request credentials");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=100").routeId("inbox").to("mock:inbox");
            }
        });

        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> "INVALID_CREDENTIALS".equals(figures.consumerJson().get("lastPollOutcome")));
        assertThat(figures.consumerAttribute("LastPollOutcome")).isEqualTo("INVALID_CREDENTIALS");
        assertThat(get(figures.portalJson(), "health", "state")).isEqualTo("DOWN");
        assertThat(get(figures.portalJson(), "health", "errorCode")).isEqualTo("INVALID_CREDENTIALS");
    }
}
