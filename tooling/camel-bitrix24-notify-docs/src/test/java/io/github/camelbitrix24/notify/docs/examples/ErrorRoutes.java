package io.github.camelbitrix24.notify.docs.examples;

import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import org.apache.camel.builder.RouteBuilder;

/** The reference's error handling; ErrorExamplesTest runs it against the sandbox. */
public class ErrorRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::on-exception[]
        onException(Bitrix24NotifyException.class)
            .onWhen(simple("${exception.errorCode} == 'USER_ID_EMPTY'"))
            .handled(true)
            .to("log:refused");
        // sent, but no usable answer came: the portal may have stored it, so it is not sent again
        onException(Bitrix24NotifyException.class)
            .onWhen(simple("${exception.outcome} == 'UNKNOWN'"))
            .handled(true)
            .to("log:maybe-stored");
        // end::on-exception[]

        from("direct:alert-nobody")
            .to("bitrix24-notify:notify");                 // no userId: USER_ID_EMPTY, refused before any call

        from("direct:alert-ops")
            .to("bitrix24-notify:notify?userId=5");
    }
}
