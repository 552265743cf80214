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
package io.github.camelbitrix24.notify.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.sandbox.SandboxLimits;
import io.github.camelbitrix24.notify.support.FigureReaders;
import io.github.camelbitrix24.notify.support.HealthChecks;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.camelbitrix24.notify.support.FigureReaders.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A portal UP for a while, then a 429 OPERATION_TIME_LIMIT: the health is DOWN since the 429 came back, not since the
 * portal went UP, and UP again since the pause ended; the producers' health check and the figures say the same.
 */
class HealthSinceFaultsTest extends SandboxTestSupport {

    private static final String SEND = "bitrix24-notify:notify?userId=5";

    private FigureReaders figures;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthChecks.enable(context, "producers");
        figures = FigureReaders.boundTo(context);
        return context;
    }

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setRetryDelay(10);
    }

    @BeforeEach
    void shortenTheOperatingWindow() {
        // the pause lasts until the reset time the answers report: a few seconds after the first send
        sandbox().limits().operatingResetDelay(Duration.ofSeconds(3));
    }

    @AfterEach
    void restoreTheOperatingWindow() {
        sandbox().limits().operatingResetDelay(SandboxLimits.DEFAULT_OPERATING_RESET_DELAY);
    }

    @Test
    void downSinceThe429AndUpAgainSinceThePauseEnded() throws Exception {
        template.requestBody(SEND, "first");
        Instant upSince = healthSince();
        assertThat(upSince).isNotNull();
        // UP for a while before the 429
        Thread.sleep(500);

        sandbox().faults().failNext("im.notify", 1, 429, "OPERATION_TIME_LIMIT",
                "Method is blocked due to operation time limit.");
        Instant beforeThe429 = Instant.now();
        CompletableFuture<Object> blocked = template.asyncRequestBody(SEND, "second");
        await().atMost(10, TimeUnit.SECONDS).until(() -> readiness().getState() == HealthCheck.State.DOWN);
        Instant seenDown = Instant.now();

        HealthCheck.Result down = readiness();
        assertThat(down.getDetails()).containsEntry("bitrix24.error.code", "OPERATION_TIME_LIMIT");
        Instant downSince = Instant.parse((String) down.getDetails().get("bitrix24.down.since"));
        assertThat(downSince).as("DOWN since the 429, not since the portal went UP at %s", upSince)
                .isBetween(beforeThe429, seenDown);
        assertThat(get(figures.portalJson(), "health", "state")).isEqualTo("DOWN");
        assertThat(healthSince()).isEqualTo(downSince);
        Instant pauseEnd = Instant.parse((String) ((Map<?, ?>) get(figures.portalJson(), "limiter", "pausedUntil"))
                .get("im.notify"));

        assertThat(blocked.get(15, TimeUnit.SECONDS)).isInstanceOf(Long.class);
        await().atMost(5, TimeUnit.SECONDS).until(() -> readiness().getState() == HealthCheck.State.UP);
        assertThat(get(figures.portalJson(), "health", "state")).isEqualTo("UP");
        assertThat(healthSince()).as("UP again since the pause ended").isEqualTo(pauseEnd);
        assertThat(sandbox().calls("im.notify")).extracting(call -> call.httpStatus()).containsExactly(200, 429, 200);
    }

    private HealthCheck.Result readiness() {
        return HealthChecks.producerReadiness(context, sandbox().portalUrl()).orElseThrow();
    }

    private Instant healthSince() {
        Object since = get(figures.portalJson(), "health", "since");
        return since == null ? null : Instant.parse((String) since);
    }
}
