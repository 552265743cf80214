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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.sandbox.SandboxLimits;
import io.github.camelbitrix24.notify.support.CapturedLog;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.util.json.JsonObject;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.github.camelbitrix24.notify.support.FigureReaders.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's figures after real traffic against the sandbox, read where an operator reads them: the dev console, the
 * component's JMX attributes and the Micrometer meters.
 */
class PortalFiguresTest extends SandboxTestSupport {

    @Override
    protected boolean readsFigures() {
        return true;
    }

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setRetryDelay(10);
    }

    @AfterEach
    void liftTheLimits() {
        sandbox().limits().unlimitedOperatingTime().measuredOperatingCost()
                .operatingResetDelay(SandboxLimits.DEFAULT_OPERATING_RESET_DELAY);
    }

    private String portal() {
        return sandbox().portalUrl();
    }

    @Test
    void aBurstOf503sShowsAsRefusalsAndRetries() throws Exception {
        sandbox().faults().failNext("im.notify", 3, 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");

        template.requestBody("bitrix24-notify:notify?userId=5", "after three refusals");

        assertThat(sandbox().notifications(5)).hasSize(1);
        assertThat(get(figures.portalJson(), "limiter", "queryLimitExceeded")).isEqualTo(3L);
        assertThat(get(figures.portalJson(), "limiter", "requestsSent")).isEqualTo(4L);
        assertThat(get(figures.portalJson(), "retries", "byCause", "QUERY_LIMIT_EXCEEDED")).isEqualTo(3L);
        assertThat(get(figures.portalJson(), "health", "state")).isEqualTo("UP");
        assertThat(figures.componentAttribute("QueryLimitExceeded")).isEqualTo(3L);
        assertThat(figures.componentAttribute("RetriesQueryLimitExceeded")).isEqualTo(3L);
        assertThat(figures.componentAttribute("RequestsSent")).isEqualTo(4L);
        assertThat(figures.meter("portal.refusals", portal(), "code", "QUERY_LIMIT_EXCEEDED")).isEqualTo(3);
        assertThat(figures.meter("retries", portal(), "cause", "QUERY_LIMIT_EXCEEDED")).isEqualTo(3);
        assertThat(figures.meter("requests.sent", portal())).isEqualTo(4);
        assertThat(figures.consoleText()).contains("Portal: " + portal(), "503 QUERY_LIMIT_EXCEEDED: 3",
                "QUERY_LIMIT_EXCEEDED 3");
    }

    @Test
    void theConsoleListsRetryCausesAndMethodsInOneOrder() throws Exception {
        sandbox().faults().failNext("im.notify", 1, 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");

        Long id = template.requestBody("bitrix24-notify:notify?userId=1", "to be read", Long.class);
        template.requestBody("bitrix24-notify:read?notifyId=" + id, (Object) null);

        assertThat(figures.consoleText())
                .contains("Retries: QUERY_LIMIT_EXCEEDED 1, OPERATION_TIME_LIMIT 0, SERVER_ERROR 0, IO 0, OTHER 0;")
                .containsPattern("Operating seconds: im\\.notify [0-9.]+ s, im\\.notify\\.read [0-9.]+ s\n");
    }

    @Test
    void batchesShowTheirCountAndSize() throws Exception {
        List<String> texts = IntStream.range(0, 120).mapToObj(i -> "n" + i).toList();

        template.requestBody("bitrix24-notify:notify?userId=5", texts);

        assertThat(sandbox().notifications(5)).hasSize(120);
        assertThat(get(figures.portalJson(), "batching", "batchesSent")).isEqualTo(3L);
        assertThat(get(figures.portalJson(), "batching", "callsBatched")).isEqualTo(120L);
        assertThat(get(figures.portalJson(), "batching", "averageBatchSize")).isEqualTo(40.0);
        assertThat(get(figures.portalJson(), "batching", "callsWaiting")).isEqualTo(0);
        assertThat(figures.componentAttribute("BatchesSent")).isEqualTo(3L);
        assertThat(figures.componentAttribute("AverageBatchSize")).isEqualTo(40.0);
        assertThat(figures.meter("batches.sent", portal())).isEqualTo(3);
        assertThat(figures.meter("batch.calls", portal())).isEqualTo(120);
    }

    @Test
    void sequentialSendsShowTheCompletionThreadsAndAddNone() throws Exception {
        int size = context.getExecutorServiceManager().getDefaultThreadPoolProfile().getPoolSize();
        for (int i = 0; i < 30; i++) {
            template.requestBody("bitrix24-notify:notify?userId=5", "one after the other " + i);
        }

        assertThat(sandbox().notifications(5)).hasSize(30);
        JsonObject threads = figures.completionThreadsJson();
        assertThat(get(threads, "size")).isEqualTo(size);
        assertThat(get(threads, "ceiling")).isEqualTo(4 * size);
        assertThat((Integer) get(threads, "threads")).isBetween(1, size);
        assertThat(get(threads, "answersWaiting")).isEqualTo(0);
        assertThat(get(threads, "threadsAdded")).as("one answer at a time never holds every thread").isEqualTo(0L);
        assertThat(get(threads, "ceilingReached")).isEqualTo(0L);
        assertThat(figures.componentAttribute("CompletionThreadsAdded")).isEqualTo(0L);
        assertThat(figures.componentAttribute("CompletionThreadsLargest")).isEqualTo(get(threads, "largest"));
        assertThat(figures.contextMeter("completion.threads.ceiling")).isEqualTo(4 * size);
        assertThat(figures.contextMeter("completion.threads.added")).isZero();
        assertThat(figures.consoleText()).contains("Completion threads: ", "pool size " + size + ", ceiling " + 4 * size,
                "added by the watchdog 0, ceiling reached 0 times");
    }

    @Test
    void anOperatingPauseShowsWhileItLastsAndIsLoggedOnceAtEachEnd() throws Exception {
        // each call costs 0.6 s against 1 s in a 2 s window: the third send in a row is blocked
        sandbox().limits().operatingLimit(Duration.ofSeconds(1)).operatingCostPerCall(Duration.ofMillis(600))
                .operatingResetDelay(Duration.ofSeconds(2));
        try (CapturedLog log = CapturedLog.open()) {
            template.requestBody("bitrix24-notify:notify?userId=5", "first");
            template.requestBody("bitrix24-notify:notify?userId=5", "second");
            template.asyncRequestBody("bitrix24-notify:notify?userId=5", "third");
            await().atMost(10, TimeUnit.SECONDS).until(() -> sandbox().answeredErrors("OPERATION_TIME_LIMIT") == 1);

            await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> {
                assertThat(((Map<?, ?>) get(figures.portalJson(), "limiter", "pausedUntil")).containsKey("im.notify")).isTrue();
                assertThat(figures.componentAttribute("PausedMethods")).asString().startsWith("im.notify until ");
                assertThat(figures.meter("operating.paused.methods", portal())).isEqualTo(1);
            });
            assertThat(get(figures.portalJson(), "limiter", "operationTimeLimit")).isEqualTo(1L);
            assertThat((Double) get(figures.portalJson(), "limiter", "operatingSeconds", "im.notify")).isPositive();
            assertThat(figures.meter("operating.seconds", portal(), "method", "im.notify")).isPositive();

            await().atMost(15, TimeUnit.SECONDS).until(() -> sandbox().notifications(5).size() == 3);
            await().atMost(5, TimeUnit.SECONDS).until(() -> log.lines().stream()
                    .anyMatch(line -> line.text().contains("pause of im.notify for its operating time is over")));
            assertThat(figures.meter("operating.paused.methods", portal())).isZero();
            assertThat(log.lines()).filteredOn(line -> line.level() == Level.INFO && line.text().contains("im.notify"))
                    .extracting(CapturedLog.Line::text)
                    .satisfiesExactly(begun -> assertThat(begun).contains("calls of im.notify pause until"),
                            over -> assertThat(over).contains("is over"));
        }
    }
}
