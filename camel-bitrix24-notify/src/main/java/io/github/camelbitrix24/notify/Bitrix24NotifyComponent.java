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

import io.github.camelbitrix24.notify.client.PortalClients;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code bitrix24-notify} component: the portal settings every endpoint inherits, and the {@link SharedPortals} its
 * endpoints share; {@link PortalWatch} shows the portals in use in health checks, meters and JMX while it runs.
 */
@Component("bitrix24-notify")
public class Bitrix24NotifyComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The portal settings every endpoint inherits; endpoint options override them.")
    private Bitrix24NotifyConfiguration configuration = new Bitrix24NotifyConfiguration();

    @Metadata(label = "advanced", defaultValue = "200", description = "The most HTTP connections kept open, to all portals.")
    private int maxConnections = 200;

    @Metadata(label = "advanced", defaultValue = "50", description = "The most HTTP connections kept open to one portal.")
    private int maxConnectionsPerPortal = 50;

    @Metadata(label = "advanced", defaultValue = "600000", javaType = "java.time.Duration",
              description = "How long a portal's state (limits, batches, OAuth session) stays unused before it is released, "
                            + "e.g. 10m (a plain number is milliseconds); 0 releases it with the last endpoint.")
    private long portalIdleTimeout = 600_000;

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters when an endpoint sets none.")
    private boolean useGlobalSslContextParameters;

    private final SharedPortals portals = new SharedPortals(
            this, () -> new SharedPortals.Pool(maxConnections, maxConnectionsPerPortal, Duration.ofMillis(portalIdleTimeout)));
    private Duration healthProbeAfter = Bitrix24NotifyProducerHealthCheck.PROBE_AFTER;
    private PortalWatch watch;

    /** camel-main replaces the sensitive keywords {@link SecretOptionsPlugin} set before it builds this: set again. */
    @Override
    protected void doBuild() throws Exception {
        super.doBuild();
        if (getCamelContext() != null) {
            SecretOptionsPlugin.addTo(getCamelContext());
        }
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("bitrix24-notify needs an operation, e.g. bitrix24-notify:notify");
        }
        EndpointNames.checkOptions(EndpointNames.operation(remaining), parameters,
                (PropertyConfigurerGetter) getEndpointPropertyConfigurer());
        Bitrix24NotifyEndpoint endpoint = new Bitrix24NotifyEndpoint(uri, this, portals, remaining, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The clients of every portal this component calls, created on first use; kept across restarts. */
    PortalClients clients() {
        return portals.clients();
    }

    /** Health checks, meters and JMX for the portals in use, now and from now on. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        watch = PortalWatch.start(this, clients(), healthProbeAfter);
    }

    /** For tests: how long a down portal's health check waits without news before it asks the portal. */
    void setHealthProbeAfter(Duration probeAfter) {
        this.healthProbeAfter = probeAfter;
    }

    /** Closes the HTTP clients and stops their threads; the OAuth sessions stay, with their renewed tokens. */
    @Override
    protected void doStop() throws Exception {
        if (watch != null) {
            watch.stop(this);
            watch = null;
        }
        clients().close();
        super.doStop();
    }

    public Bitrix24NotifyConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(Bitrix24NotifyConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getMaxConnectionsPerPortal() {
        return maxConnectionsPerPortal;
    }

    public void setMaxConnectionsPerPortal(int maxConnectionsPerPortal) {
        this.maxConnectionsPerPortal = maxConnectionsPerPortal;
    }

    public long getPortalIdleTimeout() {
        return portalIdleTimeout;
    }

    public void setPortalIdleTimeout(long portalIdleTimeout) {
        this.portalIdleTimeout = portalIdleTimeout;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
