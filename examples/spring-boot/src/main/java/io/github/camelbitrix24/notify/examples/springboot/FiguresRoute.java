package io.github.camelbitrix24.notify.examples.springboot;

import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Prints the {@link FiguresReport} once the inbox route has delivered as many notifications as there are alerts, as
 * the component's meter {@code camel.bitrix24.notify.consumer.delivered} counts them.
 */
@Component
public class FiguresRoute extends RouteBuilder {

    private final FiguresReport report;
    private final MeterRegistry meters;
    private final int alerts;
    private final AtomicBoolean printed = new AtomicBoolean();

    public FiguresRoute(FiguresReport report, MeterRegistry meters, @Value("${example.alerts.count}") int alerts) {
        this.report = report;
        this.meters = meters;
        this.alerts = alerts;
    }

    @Override
    public void configure() {
        from("timer:figures?period=500").routeId("show-figures")
                .filter(exchange -> deliveredByTheInbox() >= alerts && printed.compareAndSet(false, true))
                .process(exchange -> report.print());
    }

    private double deliveredByTheInbox() {
        FunctionCounter delivered = meters.find("camel.bitrix24.notify.consumer.delivered")
                .tag("routeId", NotificationReactions.ROUTE_ID).functionCounter();
        return delivered == null ? 0 : delivered.count();
    }
}
