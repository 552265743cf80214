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
package io.github.camelbitrix24.notify.examples.portals;

import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.apps.Bitrix24AppEvents;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import org.apache.camel.builder.RouteBuilder;

/**
 * The application's routes: its handler URL behind platform-http, and one route that sends a notification to whichever
 * portal the {@code CamelBitrix24NotifyMemberId} header names, through one endpoint over the portal directory.
 */
public final class ManyPortalsRoutes extends RouteBuilder {

    private final PortalDirectory directory;

    public ManyPortalsRoutes(PortalDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void configure() {
        // tag::app-events-routes[]
        Bitrix24AppEvents appEvents = new Bitrix24AppEvents(directory);

        // the installation callback, ONAPPINSTALL, ONAPPUNINSTALL and any event bound with event.bind
        from("platform-http:/bitrix24/events?httpMethodRestrict=POST").routeId("application-events")
                .process(appEvents)
                .log("${header.CamelBitrix24NotifyAppEvent} from portal ${header.CamelBitrix24NotifyMemberId}");
        // end::app-events-routes[]

        // tag::member-id-route[]
        // one endpoint for every portal: the header CamelBitrix24NotifyMemberId picks the portal from the directory
        from("direct:notify").routeId("notify-portal")
                // a portal that is not installed: the caller gets PORTAL_NOT_INSTALLED, no stack trace in the log
                .onException(Bitrix24NotifyException.class).logExhausted(false).end()
                .to("bitrix24-notify:notify?userId=1&portalDirectory=#portals")
                .log("notification ${body} sent to portal ${header.CamelBitrix24NotifyMemberId}");
        // end::member-id-route[]
    }
}
