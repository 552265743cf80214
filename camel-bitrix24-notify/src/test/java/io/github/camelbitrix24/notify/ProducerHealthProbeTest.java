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
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.support.HealthChecks;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A portal that was down and has no traffic is asked once by the health check, with a read, and comes back UP. */
class ProducerHealthProbeTest extends SandboxTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthChecks.enable(context, "producers");
        return context;
    }

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        // no wait: the portal counts as idle at once
        component.setHealthProbeAfter(Duration.ZERO);
    }

    private HealthCheck.State state() {
        return HealthChecks.producerReadiness(context, sandbox().portalUrl()).orElseThrow().getState();
    }

    @Test
    void anIdlePortalThatWasDownIsProbedWithARead() {
        sandbox().faults().failNext("im.notify", 1, 401, "INVALID_CREDENTIALS", "Invalid request credentials");
        send("bitrix24-notify:notify?userId=5", "refused");
        assertThat(sandbox().calls("im.notify.schema.get")).isEmpty();

        // the portal takes the credentials again: only a probe can tell, as no route sends
        await().atMost(10, TimeUnit.SECONDS).until(() -> state() == HealthCheck.State.UP);

        assertThat(sandbox().calls("im.notify.schema.get")).as("probes are reads").isNotEmpty();
        assertThat(sandbox().calls("im.notify")).as("no notification sent by a probe").hasSize(1);
    }
}
