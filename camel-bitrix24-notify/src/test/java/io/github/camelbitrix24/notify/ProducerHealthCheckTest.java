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

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.sandbox.SandboxLimits;
import io.github.camelbitrix24.notify.support.HealthChecks;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The producers' health check of a portal follows their own traffic: DOWN with the portal's error code when the
 * credentials are refused, the portal cannot be reached or its operating limit pauses the sends, UP with the next
 * answer; no request spent on probes while traffic tells.
 */
class ProducerHealthCheckTest extends SandboxTestSupport {

    private static final String SEND = "bitrix24-notify:notify?userId=5";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthChecks.enable(context, "producers");
        return context;
    }

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setRetryDelay(10);
    }

    @AfterEach
    void liftTheLimits() {
        sandbox().limits().unlimitedOperatingTime().measuredOperatingCost()
                .operatingResetDelay(SandboxLimits.DEFAULT_OPERATING_RESET_DELAY);
    }

    private Optional<HealthCheck.Result> portalReadiness() {
        return HealthChecks.producerReadiness(context, sandbox().portalUrl());
    }

    private HealthCheck.State state() {
        return portalReadiness().orElseThrow().getState();
    }

    @Test
    void downWhileTheCredentialsAreRefusedAndUpWithTheNextAnswer() {
        template.requestBody(SEND, "fine");
        assertThat(state()).isEqualTo(HealthCheck.State.UP);

        sandbox().faults().failNext("im.notify", 1, 401, "INVALID_CREDENTIALS", "Invalid request credentials");
        assertThat(send(SEND, "refused").getException()).isInstanceOf(Bitrix24NotifyException.class);

        HealthCheck.Result down = portalReadiness().orElseThrow();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getDetails()).containsEntry("bitrix24.error.code", "INVALID_CREDENTIALS")
                .containsEntry("bitrix24.portal", sandbox().portalUrl());
        assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("INVALID_CREDENTIALS")
                .doesNotContain(sandbox().webhookUrl()));

        template.requestBody(SEND, "fine again");
        assertThat(state()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void aWrongParameterIsTheCallsFaultNotThePortals() {
        template.requestBody(SEND, "fine");
        sandbox().faults().failNext("im.notify", 1, 400, "PARAMS_ERROR", "Wrong parameter");

        send(SEND, "wrong");

        assertThat(state()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void downWhileThePortalCannotBeReached() {
        template.requestBody(SEND, "fine");
        sandbox().faults().dropNext("im.notify", 1);

        send(SEND + "&tag=t&maxRetries=0", "no answer");

        HealthCheck.Result down = portalReadiness().orElseThrow();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getDetails().get("bitrix24.error.code")).isIn("IO_ERROR", "CONNECTION_FAILED", "TIMEOUT");
    }

    @Test
    void downWhileTheOperatingLimitPausesTheSends() {
        // each call costs 0.6 s against 1 s in a 2 s window: the third send in a row is blocked
        sandbox().limits().operatingLimit(Duration.ofSeconds(1)).operatingCostPerCall(Duration.ofMillis(600))
                .operatingResetDelay(Duration.ofSeconds(2));
        template.requestBody(SEND, "first");
        template.requestBody(SEND, "second");
        template.asyncRequestBody(SEND, "third");

        await().atMost(10, TimeUnit.SECONDS).until(() -> state() == HealthCheck.State.DOWN);
        assertThat(portalReadiness().orElseThrow().getDetails()).containsEntry("bitrix24.error.code", "OPERATION_TIME_LIMIT");

        await().atMost(15, TimeUnit.SECONDS).until(() -> state() == HealthCheck.State.UP);
        await().atMost(5, TimeUnit.SECONDS).until(() -> sandbox().notifications(5).size() == 3);
    }

    @Test
    void spendsNoRequestOnProbesWhileTrafficTells() {
        template.requestBody(SEND, "fine");
        sandbox().faults().failNext("im.notify", 1, 401, "INVALID_CREDENTIALS", "Invalid request credentials");
        send(SEND, "refused");
        int requests = sandbox().httpRequestCount();

        for (int i = 0; i < 5; i++) {
            assertThat(state()).isEqualTo(HealthCheck.State.DOWN);
        }

        assertThat(sandbox().httpRequestCount()).as("no probe: the last call ended less than 30 s ago").isEqualTo(requests);
    }

    @Test
    void switchedOffByHealthCheckProducerEnabled() {
        context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).setHealthCheckProducerEnabled(false);
        sandbox().faults().failNext("im.notify", 1, 401, "INVALID_CREDENTIALS", "Invalid request credentials");

        send(SEND, "refused");

        assertThat(portalReadiness().map(HealthCheck.Result::getState)).isNotEqualTo(Optional.of(HealthCheck.State.DOWN));
    }

}
