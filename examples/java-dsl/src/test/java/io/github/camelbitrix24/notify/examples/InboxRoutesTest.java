package io.github.camelbitrix24.notify.examples;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class InboxRoutesTest extends CamelTestSupport {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Bitrix24NotifyComponent component = new Bitrix24NotifyComponent();
        component.getConfiguration().setWebhookUrl(PORTAL.sandbox().webhookUrl());
        context.addComponent("bitrix24-notify", component);
        return context;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("inbox.delay", "100");
        return properties;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new InboxRoutes();
    }

    @Test
    void printsEveryUnreadNotificationAndAcceptsTheInvitation() {
        long news = PORTAL.sandbox().seed(1).text("News").create();
        long invite = PORTAL.sandbox().seed(1).confirm().text("Join?").button("Accept", "Y").button("Decline", "N").create();
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("inbox").whenCompleted(2).create();

        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(PORTAL.sandbox().calls("im.notify.confirm")).singleElement().satisfies(call -> {
            assertThat(call.param("NOTIFY_ID")).isEqualTo(String.valueOf(invite));
            assertThat(call.param("NOTIFY_VALUE")).isEqualTo("Y");
        });
        assertThat(PORTAL.sandbox().notification(invite).orElseThrow().confirmedValue()).isEqualTo("Y");
        assertThat(PORTAL.sandbox().calls()).noneMatch(call -> call.method().equals("im.notify.confirm")
                                                           && String.valueOf(news).equals(call.param("NOTIFY_ID")));
        assertThat(PORTAL.sandbox().calls()).extracting(RecordedCall::succeeded).containsOnly(true);
    }
}
