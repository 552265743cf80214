package io.github.camelbitrix24.notify.examples.springboot;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** A few build alerts, each tagged with its build number. */
@Component
public class AlertRoutes extends RouteBuilder {

    /** The tag of every alert of this example starts so; the reactions recognize their own alerts by it. */
    static final String ALERT_TAG = "EXAMPLE_BUILD_";

    @Override
    public void configure() {
        from("timer:alerts?period={{example.alerts.period}}&repeatCount={{example.alerts.count}}&includeMetadata=true").routeId("send-alerts")
                .setBody(simple("Build #${exchangeProperty.CamelTimerCounter} is green"))
                .setHeader(Bitrix24NotifyConstants.TAG, simple(ALERT_TAG + "${exchangeProperty.CamelTimerCounter}"))
                .to("bitrix24-notify:notify?userId={{example.user-id}}")
                .log("sent alert: notification ${body}");
    }
}
