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
package io.github.camelbitrix24.notify.bench;

import java.util.function.Consumer;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConfiguration;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.ResponseLatency;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A sandbox portal with the request rate of a scenario, and a started CamelContext whose {@code bitrix24-notify}
 * component knows that rate. A rate of 0 means no limit on either side. A rate-limited portal answers with
 * {@link ResponseLatency#REALISTIC} latency (20-80 ms, 1 ms more per batch command).
 */
final class PortalSetup implements AutoCloseable {

    /** Every scenario notifies this user, so the sandbox's inbox of it holds exactly what a scenario sent. */
    static final long RECIPIENT = 7;
    /** {@code -Dbench.latency=none}: the rate-limited scenarios' portal answers at once, as before issue 13. */
    static final String LATENCY_PROPERTY = "bench.latency";
    private static final long SEDA_FIRST_POLL_MILLIS = 1100;

    private final Bitrix24Sandbox sandbox;
    private final CamelContext camel;

    private PortalSetup(Bitrix24Sandbox sandbox, CamelContext camel) {
        this.sandbox = sandbox;
        this.camel = camel;
    }

    static PortalSetup start(double requestsPerSecond, int burst, Consumer<Bitrix24NotifyConfiguration> settings) {
        Bitrix24Sandbox sandbox = Bitrix24Sandbox.start();
        Bitrix24NotifyComponent component = new Bitrix24NotifyComponent();
        Bitrix24NotifyConfiguration configuration = component.getConfiguration();
        configuration.setWebhookUrl(sandbox.webhookUrl());
        if (requestsPerSecond > 0) {
            // a portal with a rate limit answers as a real one does, late and unevenly, unless asked not to
            if (!"none".equals(System.getProperty(LATENCY_PROPERTY))) {
                sandbox.limits().latency(ResponseLatency.REALISTIC);
            }
            sandbox.limits().requestRate(requestsPerSecond, burst);
            configuration.setRequestsPerSecond(requestsPerSecond);
            configuration.setBurst(burst);
        } else {
            configuration.setPlan(PortalPlan.UNLIMITED);
        }
        settings.accept(configuration);
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("bitrix24-notify", component);
        camel.start();
        return new PortalSetup(sandbox, camel);
    }

    /**
     * Adds and starts routes, then lets their seda consumers settle: a consumer thread that finds its consumer still
     * starting sleeps up to a second before its first poll, which a timed run must not count.
     */
    void addRoutes(RoutesBuilder routes) throws Exception {
        camel.addRoutes(routes);
        Thread.sleep(SEDA_FIRST_POLL_MILLIS);
    }

    Bitrix24Sandbox sandbox() {
        return sandbox;
    }

    CamelContext camel() {
        return camel;
    }

    @Override
    public void close() {
        camel.stop();
        sandbox.close();
    }
}
