package io.github.camelbitrix24.notify.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes that go on after a send (on the component's completion threads) and make a synchronous portal call there
 * must not starve the threads that would complete those calls.
 */
class CompletionThreadsFaultsTest extends SandboxTestSupport {

    @Test
    void twentyRoutesCallingThePortalSynchronouslyAfterASendAllComplete() throws Exception {
        ProducerTemplate inner = context.createProducerTemplate();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send")
                        .to("bitrix24-notify:notify?userId=1")
                        // a synchronous call on the thread that completed the send
                        .process(exchange -> exchange.getMessage().setBody(
                                inner.requestBody("bitrix24-notify:get?limit=1", null, NotificationPage.class)));
            }
        });
        List<CompletableFuture<Exchange>> exchanges = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = "Alert " + i;
            exchanges.add(template.asyncSend("direct:send", exchange -> exchange.getMessage().setBody(text)));
        }

        for (CompletableFuture<Exchange> future : exchanges) {
            Exchange exchange = future.get(60, TimeUnit.SECONDS);
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody(NotificationPage.class).notifications()).hasSize(1);
        }
        assertThat(sandbox().notifications(1)).hasSize(20);
        assertThat(sandbox().calls("im.notify.get")).hasSize(20);
    }
}
