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
package io.github.camelbitrix24.notify.docs.examples;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Java routes against the sandbox. */
class ReadmeExamplesTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @Test
    void theAlertDigestAndInboxRoutesDoWhatTheReadmeSays() {
        long invitation = PORTAL.sandbox().seed(1).confirm().text("Join the on-call rota?").button("Accept", "Y").create();
        PORTAL.sandbox().seed(1).text("Build #41 passed").create();
        MemoryStateRepository inboxState = new MemoryStateRepository();

        try (CamelMainRun camel = new CamelMainRun().routes(new ReadmeRoutes())
                .property("camel.component.bitrix24-notify.webhookUrl", PORTAL.sandbox().webhookUrl())
                .property("camel.component.bitrix24-notify.clientId", "docs.readme")
                .bind("inboxState", inboxState)
                .start()) {
            NotifyBuilder inboxDone = new NotifyBuilder(camel.context()).fromRoute("inbox").whenCompleted(2).create();

            Long alert = camel.template().requestBody("direct:alert", "Disk full on db-1", Long.class);
            List<?> digest = camel.template().requestBody("direct:digest", null, List.class);

            assertThat(PORTAL.sandbox().notifications(5)).extracting(StoredNotification::id).contains(alert);
            assertThat(digest).hasSize(2).doesNotContainNull();
            assertThat(inboxDone.matches(20, TimeUnit.SECONDS)).isTrue();
            assertThat(PORTAL.sandbox().notification(invitation))
                    .hasValueSatisfying(stored -> assertThat(stored.confirmedValue()).isEqualTo("Y"));
            assertThat(inboxState.getState("bitrix24-notify:inbox")).isNotNull();
        }
    }
}
