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
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.client.PortalClients;
import io.github.camelbitrix24.notify.client.PortalSettings;
import io.github.camelbitrix24.notify.client.call.BitrixJson;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * What the endpoints of one component share: the clients of the portals they call, created on first use and kept across
 * restarts; the one Jackson configuration (results, attachments); and how an endpoint's configuration becomes its
 * portal's settings, with the component's TLS. The component makes one and hands it to each endpoint it creates.
 */
final class SharedPortals {

    /**
     * The component's options on its clients' connections and portals' state.
     *
     * @param maxConnections          the most connections open, to all portals
     * @param maxConnectionsPerPortal the most connections open to one portal
     * @param portalIdleTimeout       how long a portal's state stays unused before it is released
     */
    record Pool(int maxConnections, int maxConnectionsPerPortal, Duration portalIdleTimeout) {
    }

    /** The component, as Camel sees it: its context and its global TLS option. */
    private final SSLContextParametersAware component;
    private final Supplier<Pool> pool;
    private final ObjectMapper mapper = BitrixJson.newMapper();
    private PortalClients clients;

    /** @param pool the component's options, read when the clients are created */
    SharedPortals(SSLContextParametersAware component, Supplier<Pool> pool) {
        this.component = component;
        this.pool = pool;
    }

    /** The clients of every portal the component's endpoints call, created on first use; kept across restarts. */
    synchronized PortalClients clients() {
        if (clients == null) {
            CamelClientThreads threads = new CamelClientThreads(
                    component,
                    component.getCamelContext().getExecutorServiceManager());
            Pool options = pool.get();
            clients = new PortalClients(
                    threads, mapper, options.maxConnections(), options.maxConnectionsPerPortal(),
                    options.portalIdleTimeout());
        }
        return clients;
    }

    /** An endpoint's configuration as the client takes it; an option out of range throws IllegalArgumentException. */
    PortalSettings portalSettings(Bitrix24NotifyConfiguration settings) {
        SSLContextParameters ssl = settings.getSslContextParameters();
        if (ssl == null && component.isUseGlobalSslContextParameters()) {
            ssl = component.retrieveGlobalSslContextParameters();
        }
        return settings.portalSettings(ssl == null ? null : CamelTls.of(ssl, component.getCamelContext()));
    }

    /** The one Jackson configuration of the component: results, attachments. */
    ObjectMapper mapper() {
        return mapper;
    }
}
