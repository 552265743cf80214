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

import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Figure (a): notifications sent one exchange each through a seda route with many concurrent consumers, the component
 * coalescing them into batch calls of 50 at the portal's rate.
 */
final class SeparateExchanges {

    private SeparateExchanges() {
    }

    static SendFigures run(int notifications, double requestsPerSecond, int burst, int consumers) throws Exception {
        try (PortalSetup portal = PortalSetup.start(requestsPerSecond, burst, settings -> settings.setBatchSize(50))) {
            CountDownLatch done = new CountDownLatch(notifications);
            AtomicInteger failed = new AtomicInteger();
            portal.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("seda:notifications?concurrentConsumers=" + consumers + "&size=" + notifications)
                            .onException(Exception.class).handled(true)
                            .process(exchange -> {
                                failed.incrementAndGet();
                                done.countDown();
                            })
                            .end()
                            .to("bitrix24-notify:notify?userId=" + PortalSetup.RECIPIENT)
                            .process(exchange -> done.countDown());
                }
            });
            ProducerTemplate template = portal.camel().createProducerTemplate();
            long start = System.nanoTime();
            for (int i = 0; i < notifications; i++) {
                template.sendBody("seda:notifications", "Notification " + i);
            }
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The exchanges did not complete within 10 minutes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return SendFigures.of(portal.sandbox(), notifications, seconds, failed.get());
        }
    }
}
