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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backlog of sends waiting for the portal's request rate must not hold up the reading side: the consumer's polls (and
 * any other read) take the next free place before the waiting sends.
 */
class BacklogFaultsTest extends SandboxTestSupport {

    private static final int BACKLOG = 20;

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        // a bucket of one request, drained at 4 a second: 20 sends wait 5 s in all
        component.getConfiguration().setRequestsPerSecond(4.0);
        component.getConfiguration().setBurst(2);
    }

    @Test
    void theConsumerIsServedWhileABacklogOfSendsWaits() throws Exception {
        long seeded = sandbox().seed(1).text("Needs attention").create();
        List<CompletableFuture<Exchange>> backlog = startBacklog();
        MockEndpoint inbox = getMockEndpoint("mock:inbox");
        inbox.expectedMessageCount(1);

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?startFrom=UNREAD&delay=500").routeId("inbox").to("mock:inbox");
            }
        });

        inbox.assertIsSatisfied(10_000);
        assertThat(inbox.getExchanges().get(0).getMessage().getBody(Notification.class).id()).isEqualTo(seeded);
        assertThat(sandbox().notifications(5)).as("sends stored before the poll was served").hasSizeLessThan(BACKLOG / 2);
        context.getRouteController().stopRoute("inbox");
        int polls = sandbox().calls("im.notify.get").size();
        awaitBacklog(backlog);
        assertThat(sandbox().calls("im.notify.get")).as("no poll left waiting behind the sends").hasSize(polls);
    }

    @Test
    void aReadTakesTheNextPlaceBeforeTheWaitingSends() throws Exception {
        List<CompletableFuture<Exchange>> backlog = startBacklog();

        Exchange read = send("bitrix24-notify:get", null);

        assertThat(read.getException()).isNull();
        assertThat(sandbox().notifications(5)).as("sends stored before the read was served").hasSizeLessThan(BACKLOG / 2);
        awaitBacklog(backlog);
        assertThat(sandbox().notifications(5)).hasSize(BACKLOG);
    }

    /** Hands 20 sends to the component at once: all of them wait for the rate before the test goes on. */
    private List<CompletableFuture<Exchange>> startBacklog() throws Exception {
        AsyncProducer producer = context.getEndpoint("bitrix24-notify:notify?userId=5").createAsyncProducer();
        producer.start();
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("Alert " + i);
            CompletableFuture<Exchange> ended = new CompletableFuture<>();
            producer.process(exchange, doneSync -> ended.complete(exchange));
            sends.add(ended);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !sandbox().notifications(5).isEmpty());
        return sends;
    }

    private static void awaitBacklog(List<CompletableFuture<Exchange>> backlog) throws Exception {
        for (CompletableFuture<Exchange> send : backlog) {
            assertThat(send.get(60, TimeUnit.SECONDS).getException()).isNull();
        }
    }
}
