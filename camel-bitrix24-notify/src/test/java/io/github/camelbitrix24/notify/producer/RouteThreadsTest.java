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
package io.github.camelbitrix24.notify.producer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After the portal answered, a route goes on on the component's worker threads, never on the HTTP client's I/O threads:
 * not even when every worker is held up by a route that blocks, and answers keep arriving.
 */
class RouteThreadsTest extends SandboxTestSupport {

    /** More answers than Camel's default pool holds in its threads and queue together (20 + 1,000). */
    private static final int SENDS = 1_100;

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setPlan(PortalPlan.UNLIMITED);
    }

    @Test
    void routesNeverGoOnOnAnIoThreadEvenWhenEveryWorkerIsBlocked() throws Exception {
        Endpoint endpoint = context.getEndpoint("bitrix24-notify:notify?userId=5");
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(SENDS);
        AtomicInteger failed = new AtomicInteger();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try {
            for (int i = 0; i < SENDS; i++) {
                Exchange exchange = endpoint.createExchange();
                exchange.getMessage().setBody("Held up " + i);
                // the callback is where the route would go on: here a route that blocks until the test lets it go
                producer.process(exchange, doneSync -> {
                    threads.add(Thread.currentThread().getName());
                    if (exchange.getException() != null) {
                        failed.incrementAndGet();
                    }
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    finished.countDown();
                });
            }
            await().atMost(30, TimeUnit.SECONDS).until(() -> sandbox().calls("im.notify").size() == SENDS);
            // time for the client to read the last answers while every worker is blocked
            Thread.sleep(1_000);
        } finally {
            release.countDown();
        }

        assertThat(finished.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(failed).hasValue(0);
        assertThat(threads).isNotEmpty().allMatch(name -> name.contains("Bitrix24Notify"), "a worker thread's name");
        producer.stop();
    }
}
