package io.github.camelbitrix24.notify.docs.examples;

import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import org.apache.camel.builder.RouteBuilder;

/** The troubleshooting guide's route-level redelivery; ErrorExamplesTest checks which failures it redelivers. */
public class RedeliveryRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::redelivery[]
        // once the component's own retries are spent: try the exchange again later, only if the portal did not run it
        onException(Bitrix24NotifyException.class)
            .onWhen(simple("${exception.errorCode} in 'QUERY_LIMIT_EXCEEDED,OPERATION_TIME_LIMIT,CONNECTION_FAILED'"))
            .maximumRedeliveries(2)
            .redeliveryDelay(60000);
        // end::redelivery[]

        from("direct:backup-alert").routeId("backup-alert")
            .to("bitrix24-notify:notify?userId=5");
    }
}
