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
package io.github.camelbitrix24.notify.consumer;

import java.time.Duration;
import java.util.Optional;

import io.github.camelbitrix24.notify.support.HealthChecks;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer reports to Camel's health checks: ready after a good poll, down while the portal refuses it. */
class ConsumerHealthCheckTest extends SandboxTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthChecks.enable(context, "consumers");
        return context;
    }

    private Optional<HealthCheck.Result> inboxReadiness() {
        return HealthChecks.readiness(context, "consumer:inbox");
    }

    private void startInbox() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=50").routeId("inbox").to("mock:inbox");
            }
        });
    }

    @Test
    void readyOnceAPollSucceeded() throws Exception {
        startInbox();

        await().atMost(Duration.ofSeconds(10)).until(() -> inboxReadiness()
                .map(result -> result.getState() == HealthCheck.State.UP).orElse(false));
    }

    @Test
    void downWhileThePortalRefusesThePolls() throws Exception {
        sandbox().faults().failNext("im.notify.get", 1000, 401, "INVALID_CREDENTIALS", "Invalid request credentials");
        startInbox();

        await().atMost(Duration.ofSeconds(10)).until(() -> inboxReadiness()
                .map(result -> result.getState() == HealthCheck.State.DOWN && result.getError().isPresent()).orElse(false));
        assertThat(inboxReadiness().orElseThrow().getError().orElseThrow()).hasMessageContaining("INVALID_CREDENTIALS");
    }
}
