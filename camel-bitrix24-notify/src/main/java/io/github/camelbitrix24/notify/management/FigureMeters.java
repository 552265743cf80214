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
package io.github.camelbitrix24.notify.management;

import java.util.Collection;

import io.github.camelbitrix24.notify.client.stats.PortalListener;
import io.github.camelbitrix24.notify.client.stats.PortalReader;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.RouteEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Binds one component's figures as meters while it runs: a portal's when the portal clients tell of it (kept until the
 * component stops, so that they keep counting across restarts), a consumer's while its route runs (told by Camel's
 * route events), and the completion threads'.
 */
public final class FigureMeters extends EventNotifierSupport implements PortalListener {

    private final CamelContext context;
    private final FigureSource source;
    private final MeterBinding meters;

    private FigureMeters(CamelContext context, FigureSource source, MeterBinding meters) {
        this.context = context;
        this.source = source;
        this.meters = meters;
    }

    /**
     * Starts binding the component's figures into the context's meter registry, if there is one.
     *
     * @param methods every method, for the operating-time meters
     */
    public static FigureMeters bind(CamelContext context, FigureSource source, Collection<String> methods) {
        FigureMeters bound = new FigureMeters(context, source, MeterBinding.of(context, methods));
        bound.meters.completionThreads(source::completionThreads);
        ServiceHelper.startService(bound);
        context.getManagementStrategy().addEventNotifier(bound);
        for (Route route : context.getRoutes()) {
            if (context.getRouteController().getRouteStatus(route.getRouteId()).isStarted()) {
                bound.routeStarted(route.getRouteId());
            }
        }
        return bound;
    }

    @Override
    public void portalAppeared(PortalReader portal) {
        meters.portal(portal.portal(), portal::figures);
    }

    @Override
    public void portalGone(String portal) {
        // the portal's meters stay: its figures keep counting when it is used again
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof RouteEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        String routeId = ((RouteEvent) event).getRoute().getRouteId();
        switch (event.getType()) {
            case RouteStarted -> routeStarted(routeId);
            case RouteStopped, RouteRemoved -> meters.consumerStopped(routeId);
            default -> {
            }
        }
    }

    private void routeStarted(String routeId) {
        if (source.consumes(routeId)) {
            meters.consumerStarted(routeId, () -> source.consumer(routeId));
        }
    }

    /** Removes every meter bound, and hears no more of the routes. */
    public void unbind() {
        context.getManagementStrategy().removeEventNotifier(this);
        ServiceHelper.stopService(this);
        meters.close();
    }
}
