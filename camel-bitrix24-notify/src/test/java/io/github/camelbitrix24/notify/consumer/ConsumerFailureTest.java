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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A notification counts as delivered only when its exchange completed. */
class ConsumerFailureTest extends SandboxTestSupport {

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> completed = new CopyOnWriteArrayList<>();

    @Test
    void aNotificationWhoseRouteFailedComesAgainAndNothingOvertakesIt() throws Exception {
        AtomicBoolean failOnce = new AtomicBoolean(true);
        sandbox().seed(1).text("one").create();
        sandbox().seed(1).text("two").create();
        sandbox().seed(1).text("three").create();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=ALL").routeId("inbox")
                        .process(exchange -> {
                            String text = exchange.getMessage().getBody(io.github.camelbitrix24.notify.model.Notification.class)
                                    .text();
                            seen.add(text);
                            if (text.equals("two") && failOnce.getAndSet(false)) {
                                throw new IllegalStateException("downstream system is down");
                            }
                            completed.add(text);
                        });
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> completed.size() == 3);
        context.getRouteController().stopRoute("inbox");

        assertThat(seen).containsExactly("one", "two", "two", "three");
        assertThat(completed).containsExactly("one", "two", "three");
    }

    @Test
    void aFailureTheRouteHandlesCountsAsDelivered() throws Exception {
        sandbox().seed(1).text("poison").create();
        sandbox().seed(1).text("fine").create();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IllegalArgumentException.class).handled(true).process(e -> completed.add("handled"));
                from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=ALL").routeId("inbox")
                        .process(exchange -> {
                            String text = exchange.getMessage().getBody(io.github.camelbitrix24.notify.model.Notification.class)
                                    .text();
                            seen.add(text);
                            if (text.equals("poison")) {
                                throw new IllegalArgumentException("cannot parse");
                            }
                            completed.add(text);
                        });
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> completed.size() == 2);
        await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        context.getRouteController().stopRoute("inbox");

        assertThat(seen).containsExactly("poison", "fine");
        assertThat(completed).containsExactly("handled", "fine");
    }

    @Test
    void aFailedPollGoesToTheRouteErrorHandlerWithBridgeErrorHandler() throws Exception {
        // an error no retry can mend reaches the route at once
        sandbox().faults().failNext("im.notify.get", 403, "ACCESS_DENIED", "REST API is available only on commercial plans");
        List<String> errors = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Bitrix24NotifyException.class).handled(true)
                        .process(e -> errors.add(e.getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT,
                                Bitrix24NotifyException.class).getErrorCode()));
                from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=ALL&bridgeErrorHandler=true").routeId("inbox")
                        .process(exchange -> completed
                                .add(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, String.class)));
            }
        });
        long id = sandbox().seed(1).text("after the hiccup").create();

        await().atMost(Duration.ofSeconds(10)).until(() -> completed.size() == 1);
        context.getRouteController().stopRoute("inbox");

        assertThat(errors).containsExactly("ACCESS_DENIED");
        assertThat(completed).containsExactly(String.valueOf(id));
    }
}
