package io.github.camelbitrix24.notify.docs.examples;

import org.apache.camel.builder.RouteBuilder;

/** The reference's Java DSL example of the consumer; consumer.camel.yaml and consumer.camel.xml are the same route. */
public class ConsumerRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::consumer[]
        from("bitrix24-notify:get?startFrom=UNREAD&markReadOnProcessed=true&delay=30s")
            .routeId("inbox")
            .log("#${body.id} from ${body.authorId}: ${body.text}");
        // end::consumer[]
    }
}
