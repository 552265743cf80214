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

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference's list bodies: a digest sent through batch, and the filter on the entries that failed. */
class ListBodyExamplesTest extends CamelTestSupport {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).getConfiguration()
                .setWebhookUrl(PORTAL.sandbox().webhookUrl());
        context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).getConfiguration()
                .setClientId("docs.examples");
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new ListBodyRoutes();
    }

    @BeforeEach
    void freshPortal() {
        PORTAL.sandbox().reset();
    }

    @Test
    void theDigestLeavesInOneBatchCallAndAnswersTheIdsInOrder() {
        List<?> ids = template.requestBody("direct:digest", null, List.class);

        assertThat(PORTAL.sandbox().calls("batch")).hasSize(1);
        assertThat(ids).hasSize(2);
        assertThat(PORTAL.sandbox().notifications(5)).extracting(StoredNotification::id).containsExactly((Long) ids.get(0));
        assertThat(PORTAL.sandbox().notifications(7)).extracting(StoredNotification::id).containsExactly((Long) ids.get(1));
    }

    @Test
    void theFilterPassesOnlyWhenAnEntryFailed() throws InterruptedException {
        MockEndpoint notSent = getMockEndpoint("mock:not-sent");
        notSent.expectedMessageCount(1);

        template.requestBody("direct:many", List.of("Backup of db-1 done", "Backup of db-2 done"));
        List<?> ids = template.requestBody("direct:many", List.of("Backup of db-1 done", " "), List.class);

        notSent.assertIsSatisfied();
        assertThat(ids.get(1)).isNull();
        List<?> errors = notSent.getExchanges().get(0).getMessage().getHeader("CamelBitrix24NotifyBatchErrors", List.class);
        assertThat(errors).singleElement().isInstanceOfSatisfying(Bitrix24NotifyException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("MESSAGE_EMPTY");
            assertThat(e.getBatchIndex()).isEqualTo(1);
        });
    }
}
