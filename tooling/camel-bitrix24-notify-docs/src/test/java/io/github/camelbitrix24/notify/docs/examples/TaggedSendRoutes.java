package io.github.camelbitrix24.notify.docs.examples;

import org.apache.camel.builder.RouteBuilder;

/** How it works: a tagged send, which the component may repeat without a duplicate; TaggedSendTest breaks its connection. */
public class TaggedSendRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::tagged-send[]
        from("seda:alerts?concurrentConsumers=20")
            .setHeader("CamelBitrix24NotifyTag", simple("ALERT_${header.alertId}"))
            .to("bitrix24-notify:notify?userId=5");            // survives a broken connection without a duplicate
        // end::tagged-send[]
    }
}
