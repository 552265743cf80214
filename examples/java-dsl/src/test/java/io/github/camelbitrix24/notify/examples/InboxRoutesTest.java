package io.github.camelbitrix24.notify.examples;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InboxRoutesTest extends ExampleTestSupport {

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
