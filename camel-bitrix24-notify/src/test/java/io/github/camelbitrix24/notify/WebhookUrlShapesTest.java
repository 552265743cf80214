/*
 * Copyright The camel-bitrix24-notify maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelbitrix24.notify;

import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The webhook URL shapes the troubleshooting guide names: the trailing slash may be left out, a method may not follow.
 */
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
