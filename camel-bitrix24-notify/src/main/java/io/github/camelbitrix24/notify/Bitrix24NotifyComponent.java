package io.github.camelbitrix24.notify;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.api.BitrixJson;
import io.github.camelbitrix24.notify.api.PortalClients;
import io.github.camelbitrix24.notify.api.PortalSettings;
import io.github.camelbitrix24.notify.api.TlsSource;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import io.github.camelbitrix24.notify.operation.RepeatSafety;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The {@code bitrix24-notify} component: portal settings every endpoint inherits, and the {@link PortalClients} the
 * endpoints of this CamelContext share (HTTP clients, limits, batches, OAuth sessions).
 */
@Component("bitrix24-notify")
public class Bitrix24NotifyComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The portal settings every endpoint inherits; endpoint options override them.")
    private Bitrix24NotifyConfiguration configuration = new Bitrix24NotifyConfiguration();

    @Metadata(label = "advanced", defaultValue = "200",
              description = "The most HTTP connections the component keeps open to one portal.")
    private int maxConnections = 200;

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters when an endpoint sets none.")
    private boolean useGlobalSslContextParameters;

    private final ObjectMapper mapper = BitrixJson.newMapper();
    private PortalClients clients;

    /**
     * Masks the secret options again: camel-main replaces the context's sensitive keywords, which
     * {@link SecretOptionsPlugin} set, with {@code camel.main.additionalSensitiveKeywords}, then builds this component,
     * then prints its summary.
     */
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
        Bitrix24NotifyEndpoint endpoint = new Bitrix24NotifyEndpoint(uri, this, remaining, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The clients of every portal this component calls, created on first use; kept across restarts. */
    synchronized PortalClients clients() {
        if (clients == null) {
            clients = new PortalClients(new CamelClientThreads(this, getCamelContext().getExecutorServiceManager()), mapper,
                    maxConnections, Bitrix24Operation.sendMethods(), RepeatSafety::harmlessToRepeat);
        }
        return clients;
    }

    /**
     * An endpoint's configuration as the portal client takes it, with the global TLS configuration when asked for.
     *
     * @throws IllegalArgumentException naming the option that is out of range
     */
    PortalSettings portalSettings(Bitrix24NotifyConfiguration settings) {
        SSLContextParameters ssl = settings.getSslContextParameters();
        if (ssl == null && useGlobalSslContextParameters) {
            ssl = retrieveGlobalSslContextParameters();
        }
        return settings.portalSettings(ssl == null ? null : tlsOf(ssl));
    }

    private TlsSource tlsOf(SSLContextParameters parameters) {
        return new TlsSource(parameters, () -> {
            try {
                return parameters.createSSLContext(getCamelContext());
            } catch (Exception e) {
                throw new IllegalArgumentException("Cannot create the TLS context from sslContextParameters: " + e.getMessage(), e);
            }
        });
    }

    /** Closes the HTTP clients and stops their threads; the OAuth sessions stay, with their renewed tokens. */
    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            if (clients != null) {
                clients.close();
            }
        }
        super.doStop();
    }

    /** The one Jackson configuration of the component: results, attachments. */
    ObjectMapper getMapper() {
        return mapper;
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

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
