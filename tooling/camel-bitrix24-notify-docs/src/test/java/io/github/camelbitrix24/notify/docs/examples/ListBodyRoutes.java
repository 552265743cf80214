package io.github.camelbitrix24.notify.docs.examples;

import java.util.List;

import io.github.camelbitrix24.notify.model.NotificationRequest;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/** The reference's list-body examples; ListBodyExamplesTest runs them against the sandbox. */
public class ListBodyRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::list-body[]
        from("direct:digest")
            .setBody(constant(List.of(
                NotificationRequest.to(5, "Build #42 failed").withTag("BUILD_42"),
                NotificationRequest.to(7, "Deploy done").withType("SYSTEM"))))
            .to("bitrix24-notify:notify")
            .log("ids: ${body}");                      // [1501, 1502]
        // end::list-body[]

        from("direct:many")
            .to("bitrix24-notify:notify?userId=5")
            // tag::batch-errors[]
            .filter(simple("${header.CamelBitrix24NotifyBatchErrors.size} > 0"))
                .log(LoggingLevel.WARN, "not sent: ${header.CamelBitrix24NotifyBatchErrors}")
            // end::batch-errors[]
                .to("mock:not-sent");
    }
}
