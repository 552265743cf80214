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
package io.github.camelbitrix24.notify.examples.springboot;

import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Prints the {@link FiguresReport} once the inbox route has delivered as many notifications as there are alerts, as the
 * component's meter {@code camel.bitrix24.notify.consumer.delivered} counts them.
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
