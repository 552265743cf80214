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
package io.github.camelbitrix24.notify.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Figure (c), for comparison: a route that posts each notification to im.notify with camel-http, a fixed number in
 * flight, knowing nothing of the portal's limit. What the portal refuses is lost.
 */
final class NaiveHttpRoute {

    private NaiveHttpRoute() {
    }

    static SendFigures run(int notifications, double requestsPerSecond, int burst, int inFlight) throws Exception {
        try (PortalSetup portal = PortalSetup.start(requestsPerSecond, burst, settings -> {
        })) {
            String imNotify = portal.sandbox().webhookUrl() + "im.notify";
            CountDownLatch done = new CountDownLatch(notifications);
            AtomicInteger failed = new AtomicInteger();
            portal.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("seda:naive?concurrentConsumers=" + inFlight + "&size=" + notifications)
                            .onException(Exception.class).handled(true)
                            .process(exchange -> {
                                failed.incrementAndGet();
                                done.countDown();
                            })
                            .end()
                            .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                            .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                            .to(imNotify)
                            .process(exchange -> done.countDown());
                }
            });
            ProducerTemplate template = portal.camel().createProducerTemplate();
            long start = System.nanoTime();
            for (int i = 0; i < notifications; i++) {
                template.sendBody("seda:naive",
                        "{\"USER_ID\":" + PortalSetup.RECIPIENT + ",\"MESSAGE\":\"Notification " + i + "\"}");
            }
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The exchanges did not complete within 10 minutes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return SendFigures.of(portal.sandbox(), notifications, seconds, failed.get());
        }
    }
}
