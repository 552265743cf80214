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
import java.util.Arrays;

import io.github.camelbitrix24.notify.client.PortalClients;
import io.github.camelbitrix24.notify.management.Bitrix24NotifyMBean;
import io.github.camelbitrix24.notify.management.FigureMeters;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import org.apache.camel.support.HealthCheckComponent;

/**
 * What watches a component's portals while it runs: the producer health checks and the meters, which the portal clients
 * tell of each portal in use, and the JMX service of the figures, which the dev console reads too.
 */
final class PortalWatch {

    private final PortalClients clients;
    private final PortalHealthChecks healthChecks;
    private final FigureMeters meters;
    private final Bitrix24NotifyMBean mbean;

    private PortalWatch(PortalClients clients, PortalHealthChecks healthChecks, FigureMeters meters,
                        Bitrix24NotifyMBean mbean) {
        this.clients = clients;
        this.healthChecks = healthChecks;
        this.meters = meters;
        this.mbean = mbean;
    }

    /** @param probeAfter how long a down portal's health check waits without news before it asks the portal */
    static PortalWatch start(HealthCheckComponent component, PortalClients clients, Duration probeAfter)
            throws Exception {
        Bitrix24NotifyFigures figures = new Bitrix24NotifyFigures(component, clients);
        FigureMeters meters = FigureMeters.bind(component.getCamelContext(), figures,
                Arrays.stream(Bitrix24Operation.values()).map(Bitrix24Operation::method).toList());
        PortalWatch watch = new PortalWatch(
                clients, new PortalHealthChecks(component, probeAfter), meters,
                new Bitrix24NotifyMBean(figures));
        clients.addPortalListener(watch.healthChecks);
        clients.addPortalListener(watch.meters);
        component.getCamelContext().addService(watch.mbean);
        return watch;
    }

    /** Removes the meters and the JMX service; the health checks go with their portals. */
    void stop(HealthCheckComponent component) throws Exception {
        component.getCamelContext().removeService(mbean);
        clients.removePortalListener(meters);
        clients.removePortalListener(healthChecks);
        meters.unbind();
    }
}
