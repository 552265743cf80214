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
package io.github.camelbitrix24.notify.client.batching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With batchSize above 1, sends made at about the same time leave together, each exchange with its own outcome. */
class CoalescedSendsTest extends SandboxTestSupport {

    private final CountDownLatch meeting = new CountDownLatch(10);

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setBatchSize(10);
        // long enough for every send of a test to arrive: a full batch leaves at once anyway
        component.getConfiguration().setBatchLingerMs(2000);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:alerts?concurrentConsumers=30")
                        .to("bitrix24-notify:notify?userId=5")
                        .to("mock:sent");
                from("seda:digests?concurrentConsumers=30")
                        .to("bitrix24-notify:systemAdd?userId=6")
                        .to("mock:sent");
                // each exchange's route goes on only when all ten of its batch have got there
                from("seda:meeting?concurrentConsumers=10")
                        .to("bitrix24-notify:notify?userId=8")
                        .process(exchange -> {
                            meeting.countDown();
                            if (!meeting.await(10, TimeUnit.SECONDS)) {
                                throw new IllegalStateException("The exchanges of one batch went on one after the other");
                            }
                        })
                        .to("mock:met");
            }
        };
    }

    @Test
    void concurrentSendsBecomeBatchCallsAndEachExchangeGetsItsOwnId() throws Exception {
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(30);
        sent.setResultWaitTime(20_000);

        IntStream.range(0, 30).forEach(i -> template.sendBody("seda:alerts", "Alert " + i));

        sent.assertIsSatisfied();
        assertThat(sandbox().calls("batch")).hasSize(3);
        assertThat(sandbox().httpRequestCount()).isEqualTo(3);
        assertThat(sandbox().calls("im.notify")).hasSize(30).allMatch(RecordedCall::inBatch);
        for (Exchange exchange : sent.getExchanges()) {
            long id = exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class);
            assertThat(exchange.getMessage().getBody()).isEqualTo(id);
            StoredNotification stored = sandbox().notification(id).orElseThrow();
            assertThat(stored.userId()).isEqualTo(5);
        }
        Set<String> texts = sandbox().notifications(5).stream().map(StoredNotification::text).collect(Collectors.toSet());
        assertThat(texts).hasSize(30);
    }

    @Test
    void endpointsOfTheSamePortalShareBatchesOfTheSameMethodOnly() throws Exception {
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(20);
        sent.setResultWaitTime(20_000);

        IntStream.range(0, 5)
                .forEach(i -> template.sendBodyAndHeader("seda:alerts", "To five " + i, "CamelBitrix24NotifyUserId", 5));
        IntStream.range(0, 5)
                .forEach(i -> template.sendBodyAndHeader("seda:alerts", "To seven " + i, "CamelBitrix24NotifyUserId", 7));
        IntStream.range(0, 10).forEach(i -> template.sendBody("seda:digests", "Digest " + i));

        sent.assertIsSatisfied();
        List<RecordedCall> batches = sandbox().calls("batch");
        assertThat(batches).hasSize(2);
        assertThat(sandbox().calls("im.notify")).hasSize(10);
        assertThat(sandbox().calls("im.notify.system.add")).hasSize(10);
        assertThat(sandbox().notifications(5)).hasSize(5);
        assertThat(sandbox().notifications(7)).hasSize(5);
        assertThat(sandbox().notifications(6)).hasSize(10);
    }

    @Test
    void aBatchWithOneBadCommandFailsOnlyThatExchange() throws Exception {
        // the portal's ATTACH limit is lower than the client's, so only the portal refuses the large one
        sandbox().limits().attachMaxLength(100);
        try {
            List<CompletableFuture<Exchange>> exchanges = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String attach = i == 3 ? "[{\"MESSAGE\":\"" + "x".repeat(500) + "\"}]" : "[{\"MESSAGE\":\"small\"}]";
                String text = "Alert " + i;
                exchanges.add(template.asyncSend("bitrix24-notify:notify?userId=5", exchange -> {
                    exchange.getMessage().setBody(text);
                    exchange.getMessage().setHeader(Bitrix24NotifyConstants.ATTACH, attach);
                }));
            }

            for (int i = 0; i < 10; i++) {
                Exchange exchange = exchanges.get(i).get(20, TimeUnit.SECONDS);
                if (i == 3) {
                    Bitrix24NotifyException error = exchange.getException(Bitrix24NotifyException.class);
                    assertThat(error.getErrorCode()).isEqualTo("ATTACH_OVERSIZE");
                    assertThat(error.getMethod()).isEqualTo("im.notify");
                } else {
                    assertThat(exchange.getException()).as("exchange %d", i).isNull();
                    assertThat(exchange.getMessage().getBody(Long.class)).isPositive();
                }
            }
            assertThat(sandbox().calls("batch")).hasSize(1);
            assertThat(sandbox().notifications(5)).hasSize(9);
        } finally {
            sandbox().limits().attachMaxLength(60_000);
        }
    }

    @Test
    void theExchangesOfOneBatchGoOnInParallel() throws Exception {
        MockEndpoint met = getMockEndpoint("mock:met");
        met.expectedMessageCount(10);
        met.setResultWaitTime(20_000);

        IntStream.range(0, 10).forEach(i -> template.sendBody("seda:meeting", "Meeting " + i));

        met.assertIsSatisfied();
        assertThat(sandbox().calls("batch")).hasSize(1);
        assertThat(met.getExchanges()).allMatch(exchange -> exchange.getException() == null);
    }

    @Test
    void aLoneSendLeavesAsAPlainCallAfterTheLinger() {
        Exchange exchange = send("bitrix24-notify:notify?userId=5&batchLingerMs=10", "Alone");

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox().calls("batch")).isEmpty();
        assertThat(onlyCall("im.notify").inBatch()).isFalse();
    }
}
