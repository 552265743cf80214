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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.support.CapturedLog;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.json.JsonObject;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static io.github.camelbitrix24.notify.support.FigureReaders.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Routes that go on after a send (on the component's completion threads) and make a synchronous portal call there must
 * not starve the threads that would complete those calls; routes that hold every thread, over and over, make the pool
 * grow to its ceiling and no further, which the figures count and one WARN line says.
 */
class CompletionThreadsFaultsTest extends SandboxTestSupport {

    /** More answers in one go than the pool's ceiling has threads. */
    private static final int SENDS = 100;
    private static final int ROUNDS = 3;

    @Override
    protected boolean readsFigures() {
        return true;
    }

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setPlan(PortalPlan.UNLIMITED);
    }

    @Test
    void twentyRoutesCallingThePortalSynchronouslyAfterASendAllComplete() throws Exception {
        ProducerTemplate inner = context.createProducerTemplate();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send")
                        .to("bitrix24-notify:notify?userId=1")
                        // a synchronous call on the thread that completed the send
                        .process(exchange -> exchange.getMessage().setBody(
                                inner.requestBody("bitrix24-notify:get?limit=1", null, NotificationPage.class)));
            }
        });
        List<CompletableFuture<Exchange>> exchanges = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = "Alert " + i;
            exchanges.add(template.asyncSend("direct:send", exchange -> exchange.getMessage().setBody(text)));
        }

        for (CompletableFuture<Exchange> future : exchanges) {
            Exchange exchange = future.get(60, TimeUnit.SECONDS);
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody(NotificationPage.class).notifications()).hasSize(1);
        }
        assertThat(sandbox().notifications(1)).hasSize(20);
        assertThat(sandbox().calls("im.notify.get")).hasSize(20);
    }

    @Test
    void routesHoldingEveryThreadOverAndOverGrowThePoolToItsCeilingAndNoFurther() throws Exception {
        // the documented ceiling: four times the pool size of Camel's default profile
        int size = context.getExecutorServiceManager().getDefaultThreadPoolProfile().getPoolSize();
        int ceiling = 4 * size;
        Endpoint endpoint = context.getEndpoint("bitrix24-notify:notify?userId=5");
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();
        try (CapturedLog log = CapturedLog.open()) {
            for (int round = 1; round <= ROUNDS; round++) {
                HeldRoutes held = new HeldRoutes();
                try {
                    for (int i = 0; i < SENDS; i++) {
                        Exchange exchange = endpoint.createExchange();
                        exchange.getMessage().setBody("Round " + round + ", held " + i);
                        // the callback is where the route goes on: here one that blocks until the test lets it go
                        producer.process(exchange, doneSync -> held.goOn(exchange));
                    }
                    await().atMost(30, TimeUnit.SECONDS).until(() -> held.holding() >= ceiling);
                    // twenty looks of the watchdog, each of which finds every thread held and answers waiting
                    Thread.sleep(1_000);
                    assertThat(held.holding()).as("routes held at once in round %d, each on a thread of its own", round)
                            .isEqualTo(ceiling);
                    assertThat(get(figures.completionThreadsJson(), "threads")).isEqualTo(ceiling);
                    assertThat(get(figures.completionThreadsJson(), "busy")).isEqualTo(ceiling);
                } finally {
                    held.release();
                }
                await().atMost(30, TimeUnit.SECONDS).until(() -> held.finished() == SENDS);
                assertThat(held.failed()).as("exchanges failed in round %d", round).isZero();
            }
            assertThat(log.lines()).filteredOn(line -> line.level() == Level.WARN
                    && line.logger().endsWith(".Completions"))
                    .extracting(CapturedLog.Line::text).singleElement().asString()
                    .contains("All " + ceiling + " Bitrix24Notify completion threads", "no more are added");
        } finally {
            producer.stop();
        }
        assertThat(sandbox().notifications(5)).hasSize(SENDS * ROUNDS);

        JsonObject threads = figures.completionThreadsJson();
        assertThat(get(threads, "size")).isEqualTo(size);
        assertThat(get(threads, "ceiling")).isEqualTo(ceiling);
        assertThat(get(threads, "largest")).isEqualTo(ceiling);
        // round 1 grew the pool from its size to the ceiling; the threads above its size stay a minute, so rounds 2
        // and 3 found them there, every one held at the ceiling again
        assertThat(get(threads, "threadsAdded")).isEqualTo((long) (ceiling - size));
        assertThat(get(threads, "ceilingReached")).isEqualTo((long) ROUNDS);
        assertThat(figures.componentAttribute("CompletionThreadsLargest")).isEqualTo(ceiling);
        assertThat(figures.componentAttribute("CompletionThreadsAdded")).isEqualTo((long) (ceiling - size));
        assertThat(figures.componentAttribute("CompletionThreadsCeilingReached")).isEqualTo((long) ROUNDS);
        assertThat(figures.contextMeter("completion.threads.added")).isEqualTo(ceiling - size);
        assertThat(figures.contextMeter("completion.threads.ceiling.reached")).isEqualTo(ROUNDS);
        assertThat(figures.contextMeter("completion.threads.ceiling")).isEqualTo(ceiling);
        assertThat(figures.consoleText()).contains("Completion threads: ", "ceiling " + ceiling,
                "added by the watchdog " + (ceiling - size) + ", ceiling reached " + ROUNDS + " times");
    }

    /** Routes that go on after their send and block there until released. */
    private static final class HeldRoutes {

        private final CountDownLatch release = new CountDownLatch(1);
        private final AtomicInteger holding = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();

        void goOn(Exchange exchange) {
            if (exchange.getException() != null) {
                failed.incrementAndGet();
            }
            holding.incrementAndGet();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            holding.decrementAndGet();
            finished.incrementAndGet();
        }

        void release() {
            release.countDown();
        }

        int holding() {
            return holding.get();
        }

        int finished() {
            return finished.get();
        }

        int failed() {
            return failed.get();
        }
    }
}
