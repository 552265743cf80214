package io.github.camelbitrix24.notify;

import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The webhook URL shapes the troubleshooting guide names: the trailing slash may be left out, a method may not follow. */
class WebhookUrlShapesTest extends SandboxTestSupport {

    @Test
    void aWebhookWithoutItsTrailingSlashSends() {
        String withoutSlash = sandbox().webhookUrl().replaceFirst("/$", "");

        Exchange sent = send("bitrix24-notify:notify?userId=5&webhookUrl=RAW(" + withoutSlash + ")", "Disk full on db-1");

        assertThat(sent.getException()).isNull();
        assertThat(onlyCall("im.notify").params()).containsEntry("MESSAGE", "Disk full on db-1");
    }

    @Test
    void aWebhookWithAMethodAfterItsCodeIsRefusedAtStart() {
        String withMethod = sandbox().webhookUrl() + "im.notify";

        assertThatThrownBy(() -> context.getEndpoint("bitrix24-notify:notify?userId=5&webhookUrl=RAW(" + withMethod + ")")
                .createProducer().start())
                .hasStackTraceContaining("webhookUrl does not look like an incoming webhook");
        assertThat(sandbox().calls()).isEmpty();
    }
}
