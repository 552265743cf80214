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

import java.util.List;
import java.util.Objects;

import io.github.camelbitrix24.notify.client.PortalClients;
import io.github.camelbitrix24.notify.client.call.CompletionFigures;
import io.github.camelbitrix24.notify.client.stats.PortalFigures;
import io.github.camelbitrix24.notify.management.ConsumerFigures;
import io.github.camelbitrix24.notify.management.FigureSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.DelegateEndpoint;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;

/**
 * The figures of one component: its portals' from its clients, its consumers' from the routes of the CamelContext that
 * consume one of its endpoints (under {@code master:} too, through the delegating endpoint).
 */
final class Bitrix24NotifyFigures implements FigureSource {

    private final Component component;
    private final PortalClients clients;

    Bitrix24NotifyFigures(Component component, PortalClients clients) {
        this.component = component;
        this.clients = clients;
    }

    @Override
    public List<PortalFigures> portals() {
        return clients.figures();
    }

    @Override
    public List<ConsumerFigures> consumers() {
        return context().getRoutes().stream().map(route -> consumer(route.getRouteId())).filter(Objects::nonNull).toList();
    }

    @Override
    public boolean consumes(String routeId) {
        Route route = context().getRoute(routeId);
        return route != null && endpointOf(route) != null;
    }

    @Override
    public ConsumerFigures consumer(String routeId) {
        Route route = context().getRoute(routeId);
        Bitrix24NotifyEndpoint endpoint = route == null ? null : endpointOf(route);
        Bitrix24NotifyConsumer consumer = endpoint == null ? null : endpoint.consumer();
        return consumer != null && (consumer.isStarted() || consumer.isSuspended()) ? consumer.figures() : null;
    }

    @Override
    public CompletionFigures completionThreads() {
        return clients.completionFigures();
    }

    /** The endpoint of this component the route consumes, itself or behind the endpoints that delegate to it. */
    private Bitrix24NotifyEndpoint endpointOf(Route route) {
        Endpoint from = route.getEndpoint();
        while (!(from instanceof Bitrix24NotifyEndpoint) && from instanceof DelegateEndpoint delegating
                && delegating.getEndpoint() != null && delegating.getEndpoint() != from) {
            from = delegating.getEndpoint();
        }
        return from instanceof Bitrix24NotifyEndpoint ours && ours.getComponent() == component ? ours : null;
    }

    private CamelContext context() {
        return component.getCamelContext();
    }
}
