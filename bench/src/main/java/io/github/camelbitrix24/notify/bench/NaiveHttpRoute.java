package io.github.camelbitrix24.notify.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Figure (c), for comparison: a route that posts each notification to im.notify with camel-http, a fixed number
 * in flight, knowing nothing of the portal's limit. What the portal refuses is lost.
 */
final class NaiveHttpRoute {

    private NaiveHttpRoute() {
    }

    static SendFigures run(int notifications, double requestsPerSecond, int burst, int inFlight) throws Exception {
        try (PortalSetup portal = PortalSetup.start(requestsPerSecond, burst, settings -> { })) {
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
                template.sendBody("seda:naive", "{\"USER_ID\":" + PortalSetup.RECIPIENT + ",\"MESSAGE\":\"Notification " + i + "\"}");
            }
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The exchanges did not complete within 10 minutes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return SendFigures.of(portal.sandbox(), notifications, seconds, failed.get());
        }
    }
}
