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
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyConsumer;
import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** from("bitrix24-notify:get"): one exchange per new notification, oldest first, with its headers. */
class ConsumerDeliveryTest extends SandboxTestSupport {

    private void consume(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=50" + options).routeId("inbox").to("mock:inbox");
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> !sandbox().calls("im.notify.get").isEmpty());
    }

    @Test
    void deliversOnlyNotificationsNewerThanTheFirstPollOldestFirstWithHeaders() throws Exception {
        sandbox().seed(1).text("before the consumer").create();
        consume("");
        MockEndpoint inbox = getMockEndpoint("mock:inbox");

        long first = sandbox().seed(1).fromUser(7).text("first").tag("T1").subTag("S1").create();
        sandbox().seed(1).system().text("second").module("main").event("backup").create();
        sandbox().seed(1).text("third").create();

        inbox.setResultWaitTime(10_000);
        inbox.expectedMessageCount(3);
        inbox.assertIsSatisfied();
        assertThat(inbox.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Notification.class).text())
                .containsExactly("first", "second", "third");
        Exchange firstExchange = inbox.getReceivedExchanges().get(0);
        assertThat(firstExchange.getMessage().getHeader(Bitrix24NotifyConstants.ID)).isEqualTo(first);
        assertThat(firstExchange.getMessage().getHeader(Bitrix24NotifyConstants.AUTHOR_ID)).isEqualTo(7L);
        assertThat(firstExchange.getMessage().getHeader(Bitrix24NotifyConstants.TAG)).isEqualTo("T1");
        assertThat(firstExchange.getMessage().getHeader(Bitrix24NotifyConstants.SUB_TAG)).isEqualTo("S1");
        assertThat(firstExchange.getMessage().getHeader(Bitrix24NotifyConstants.READ)).isEqualTo(false);
        assertThat(firstExchange.getMessage().getHeader(Bitrix24NotifyConstants.DATE)).isInstanceOf(OffsetDateTime.class);
        assertThat(firstExchange.getMessage().getHeader(Bitrix24NotifyConstants.NOTIFY_TYPE)).isEqualTo(2);
        Exchange second = inbox.getReceivedExchanges().get(1);
        assertThat(second.getMessage().getHeader(Bitrix24NotifyConstants.MODULE)).isEqualTo("main");
        assertThat(second.getMessage().getHeader(Bitrix24NotifyConstants.EVENT)).isEqualTo("backup");
        assertThat(second.getMessage().getHeader(Bitrix24NotifyConstants.AUTHOR_ID)).isEqualTo(0L);
    }

    @Test
    void confirmTypeNotificationsTakeTheirPlaceByAge() throws Exception {
        consume("");
        MockEndpoint inbox = getMockEndpoint("mock:inbox");

        long one = sandbox().seed(1).text("one").create();
        long join = sandbox().seed(1).confirm().text("join?").button("Accept", "Y").button("Decline", "N").create();
        long three = sandbox().seed(1).text("three").create();

        inbox.expectedMessageCount(3);
        inbox.setResultWaitTime(10_000);
        inbox.assertIsSatisfied();
        assertThat(inbox.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Notification.class).id())
                .containsExactly(one, join, three);
        Notification confirm = inbox.getReceivedExchanges().get(1).getMessage().getBody(Notification.class);
        assertThat(confirm.isConfirm()).isTrue();
        assertThat(confirm.buttons()).extracting(b -> b.value()).containsExactly("Y", "N");
    }

    @Test
    void batchPropertiesCountThePoll() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=60000&startFrom=ALL").routeId("inbox").autoStartup(false)
                        .to("mock:inbox");
            }
        });
        sandbox().seed(1).text("a").create();
        sandbox().seed(1).text("b").create();
        sandbox().seed(1).text("c").create();
        MockEndpoint inbox = getMockEndpoint("mock:inbox");
        inbox.expectedMessageCount(3);

        context.getRouteController().startRoute("inbox");
        inbox.assertIsSatisfied(10_000);

        assertThat(inbox.getReceivedExchanges()).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_INDEX))
                .containsExactly(0, 1, 2);
        assertThat(inbox.getReceivedExchanges()).allMatch(e -> e.getProperty(ExchangePropertyKey.BATCH_SIZE).equals(3));
        assertThat(inbox.getReceivedExchanges()).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))
                .containsExactly(false, false, true);
    }

    /**
     * {@code processBatch} is the BatchConsumer's public entry: exchanges handed to it directly are a batch of their
     * own, numbered from 0 whatever the polls before them delivered, and count as delivered once completed.
     */
    @Test
    void exchangesHandedToProcessBatchAreABatchOfTheirOwn() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=60000&startFrom=ALL").routeId("inbox").to("mock:inbox");
            }
        });
        sandbox().seed(1).text("a").create();
        sandbox().seed(1).text("b").create();
        sandbox().seed(1).text("c").create();
        MockEndpoint inbox = getMockEndpoint("mock:inbox");
        inbox.expectedMessageCount(3);
        inbox.assertIsSatisfied(10_000);
        Bitrix24NotifyConsumer consumer = (Bitrix24NotifyConsumer) context.getRoute("inbox").getConsumer();
        long four = sandbox().seed(1).text("d").create();
        long five = sandbox().seed(1).text("e").create();

        Queue<Object> batch = new ArrayDeque<>(List.of(exchangeOf(consumer, four), exchangeOf(consumer, five)));
        int completed = consumer.processBatch(batch);

        assertThat(completed).isEqualTo(2);
        List<Exchange> handed = inbox.getReceivedExchanges().subList(3, 5);
        assertThat(handed).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_INDEX)).containsExactly(0, 1);
        assertThat(handed).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_SIZE)).containsExactly(2, 2);
        assertThat(handed).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))
                .containsExactly(false, true);
        assertThat(consumer.getLastDeliveredId()).isEqualTo(five);
        assertThat(consumer.getDeliveredCount()).isEqualTo(5);
    }

    private static Exchange exchangeOf(Bitrix24NotifyConsumer consumer, long id) {
        Exchange exchange = consumer.createExchange(false);
        exchange.getMessage().setHeader(Bitrix24NotifyConstants.ID, id);
        exchange.getMessage().setBody("notification " + id);
        return exchange;
    }

    @Test
    void maxMessagesPerPollSpreadsABacklogOverPolls() throws Exception {
        for (int i = 0; i < 7; i++) {
            sandbox().seed(1).text("n" + i).create();
        }
        MockEndpoint inbox = getMockEndpoint("mock:inbox");
        inbox.expectedMessageCount(7);

        consume("&startFrom=ALL&maxMessagesPerPoll=3");

        inbox.assertIsSatisfied(10_000);
        assertThat(inbox.getReceivedExchanges()).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_SIZE))
                .containsExactly(3, 3, 3, 3, 3, 3, 1);
        assertThat(inbox.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Notification.class).text())
                .containsExactly("n0", "n1", "n2", "n3", "n4", "n5", "n6");
    }

    @Test
    void anIdlePollIsOneRequest() throws Exception {
        sandbox().seed(1).text("old").create();
        consume("");
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox().calls("im.notify.get").size() >= 5);
        context.getRouteController().stopRoute("inbox");

        List<RecordedCall> calls = sandbox().calls();
        assertThat(calls).extracting(RecordedCall::method).containsOnly("im.notify.get");
        assertThat(calls).allSatisfy(call -> assertThat(call.params()).doesNotContainKey("LAST_ID"));
        assertThat(getMockEndpoint("mock:inbox").getReceivedCounter()).isZero();
    }

    @Test
    void defaultsToTenSecondsBetweenPolls() {
        assertThat(context.getEndpoint("bitrix24-notify:get", io.github.camelbitrix24.notify.Bitrix24NotifyEndpoint.class)
                .getDelay()).isEqualTo(10_000);
    }
}
