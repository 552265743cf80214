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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelbitrix24.notify.client.stats.PortalListener;
import io.github.camelbitrix24.notify.client.stats.PortalReader;
import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.HealthCheckComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The producer health checks of a component: one per portal in use, registered with Camel's {@code producers}
 * repository (enabled by {@code camel.health.producersEnabled=true}) as the portal clients tell of it, and switched by
 * the component's {@code healthCheckProducerEnabled}.
 */
final class PortalHealthChecks implements PortalListener {

    private static final Logger LOG = LoggerFactory.getLogger(PortalHealthChecks.class);

    private final HealthCheckComponent component;
    private final Duration probeAfter;
    private final Map<String, Bitrix24NotifyProducerHealthCheck> checks = new ConcurrentHashMap<>();

    /** @param probeAfter how long a down portal stays without news before a check asks it */
    PortalHealthChecks(HealthCheckComponent component, Duration probeAfter) {
        this.component = component;
        this.probeAfter = probeAfter;
    }

    @Override
    public void portalAppeared(PortalReader portal) {
        WritableHealthCheckRepository producers = producers();
        if (producers == null) {
            return;
        }
        Bitrix24NotifyProducerHealthCheck check = new Bitrix24NotifyProducerHealthCheck(
                portal.portal(), portal::health,
                portal::lastCallEnded, () -> probe(portal.portal()), probeAfter);
        check.setEnabled(component.isHealthCheckProducerEnabled());
        checks.put(portal.portal(), check);
        producers.addHealthCheck(check);
    }

    @Override
    public void portalGone(String portal) {
        Bitrix24NotifyProducerHealthCheck check = checks.remove(portal);
        WritableHealthCheckRepository producers = producers();
        if (check != null && producers != null) {
            producers.removeHealthCheck(check);
        }
    }

    /** Asks the portal through an endpoint of it that runs; the outcome reaches the health alone. */
    private void probe(String portal) {
        for (Endpoint endpoint : component.getCamelContext().getEndpoints()) {
            if (endpoint instanceof Bitrix24NotifyEndpoint ours && ours.getComponent() == component
                    && portal.equals(ours.getServiceUrl()) && ours.getService() != null) {
                ours.getService().probe().whenComplete((ok, failure) -> LOG.debug("Health probe of {}: {}", portal,
                        failure == null ? "answered" : failure.getMessage()));
                return;
            }
        }
    }

    private WritableHealthCheckRepository producers() {
        return HealthCheckHelper.getHealthCheckRepository(component.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
    }
}
