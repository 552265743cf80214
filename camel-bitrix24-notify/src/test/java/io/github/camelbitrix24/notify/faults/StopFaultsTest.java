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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel stopped while sends wait inside the component (for the rate limit, their batch or a retry): every exchange
 * ends, sent or failed with STOPPED, none left waiting, none sent twice.
 */
class StopFaultsTest extends SandboxTestSupport {

    private final List<Exchange> ended = new CopyOnWriteArrayList<>();

    @Test
    void sendsQueuedBehindTheRateLimitEndWhenCamelStops() throws Exception {
        List<Exchange> exchanges = sendThenStop("bitrix24-notify:notify?userId=5&requestsPerSecond=1&burst=1", 20);

        List<Exchange> sent = exchanges.stream().filter(exchange -> exchange.getException() == null).toList();
        assertThat(sent).isNotEmpty().hasSizeLessThan(20);
        assertThat(sandbox().notifications(5)).hasSameSizeAs(sent);
        assertAllOthersStopped(exchanges);
    }

    @Test
    void sendsLingeringForTheirBatchEndWhenCamelStops() throws Exception {
        List<Exchange> exchanges = sendThenStop("bitrix24-notify:notify?userId=5&batchSize=50&batchLingerMs=600000", 5);

        assertAllOthersStopped(exchanges);
        assertThat(exchanges).allMatch(exchange -> exchange.getException() != null);
        assertThat(sandbox().calls()).isEmpty();
    }

    @Test
    void aSendWaitingToBeRepeatedEndsWhenCamelStops() throws Exception {
        sandbox().faults().failNext("im.notify", 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");

        List<Exchange> exchanges = sendThenStop("bitrix24-notify:notify?userId=5&retryDelay=600000", 1);

        assertAllOthersStopped(exchanges);
        assertThat(exchanges.get(0).getException()).isNotNull();
        assertThat(sandbox().notifications(5)).isEmpty();
    }

    /**
     * Starts n sends through a route, stops Camel with a 1 s shutdown timeout, and returns every exchange once ended.
     */
    private List<Exchange> sendThenStop(String uri, int n) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to(uri);
            }
        });
        context.getShutdownStrategy().setTimeout(1);
        AsyncProducer producer = context.getEndpoint("direct:send").createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(n);
        Map<Integer, Exchange> byIndex = new ConcurrentHashMap<>();
        for (int i = 0; i < n; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("Alert " + i);
            byIndex.put(i, exchange);
            producer.process(exchange, doneSync -> {
                ended.add(exchange);
                done.countDown();
            });
        }
        Thread.sleep(1500);
        context.stop();

        assertThat(done.await(15, TimeUnit.SECONDS)).as("every exchange ended, %d of %d did", ended.size(), n).isTrue();
        return List.copyOf(byIndex.values());
    }

    private static void assertAllOthersStopped(List<Exchange> exchanges) {
        for (Exchange exchange : exchanges) {
            Bitrix24NotifyException error = exchange.getException(Bitrix24NotifyException.class);
            if (exchange.getException() != null) {
                assertThat(error).as("failure of %s", exchange.getMessage().getBody()).isNotNull();
                assertThat(error.getErrorCode()).isEqualTo(Bitrix24NotifyException.STOPPED);
                assertThat(error.getOutcome()).isEqualTo(Outcome.NOT_SENT);
            }
        }
    }
}
