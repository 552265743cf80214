package io.github.camelbitrix24.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.client.PortalClients;
import io.github.camelbitrix24.notify.client.PortalSettings;
import io.github.camelbitrix24.notify.client.TlsSource;
import io.github.camelbitrix24.notify.client.call.BitrixJson;
import io.github.camelbitrix24.notify.client.call.CompletionFigures;
import io.github.camelbitrix24.notify.client.call.CompletionStats;
import io.github.camelbitrix24.notify.client.stats.PortalSnapshot;
import io.github.camelbitrix24.notify.client.stats.RetryCause;
import io.github.camelbitrix24.notify.management.ConsumerFigures;
import io.github.camelbitrix24.notify.management.FigureSource;
import io.github.camelbitrix24.notify.management.FiguresJson;
import io.github.camelbitrix24.notify.management.MeterBinding;
import io.github.camelbitrix24.notify.management.PortalTotals;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The {@code bitrix24-notify} component: portal settings every endpoint inherits, and the {@link PortalClients} the
 * endpoints of this CamelContext share (HTTP clients, limits, batches, OAuth sessions). It shows what they do to the
 * dev console, Micrometer and JMX: the attributes add up every portal, {@link #figures()} has each one.
 */
@Component("bitrix24-notify")
@ManagedResource(description = "Bitrix24 Notify: the portals' limits, batches, retries, OAuth tokens and health")
public class Bitrix24NotifyComponent extends HealthCheckComponent implements SSLContextParametersAware, FigureSource {

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
    private final Set<Bitrix24NotifyConsumer> consumers = ConcurrentHashMap.newKeySet();
    private volatile MeterBinding meters = MeterBinding.NONE;
    private ProducerHealthChecks producerHealthChecks = new ProducerHealthChecks(this,
            Bitrix24NotifyProducerHealthCheck.PROBE_AFTER);

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
        // the generated configurer is found at run time: the first compile of a clean build runs before it exists
        EndpointNames.checkOptions(EndpointNames.operation(remaining), parameters,
                (PropertyConfigurerGetter) getEndpointPropertyConfigurer());
        Bitrix24NotifyEndpoint endpoint = new Bitrix24NotifyEndpoint(uri, this, remaining, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The clients of every portal this component calls, created on first use; kept across restarts. */
    synchronized PortalClients clients() {
        if (clients == null) {
            clients = new PortalClients(new CamelClientThreads(this, getCamelContext().getExecutorServiceManager()), mapper,
                    maxConnections);
            clients.onEveryPortal(portal -> meters.portal(portal));
        }
        return clients;
    }

    /** Meters for the portals called from now on, and for those called before a restart. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        List<String> methods = Arrays.stream(Bitrix24Operation.values()).map(Bitrix24Operation::method).toList();
        meters = MeterBinding.of(getCamelContext(), methods);
        clients().portals().forEach(meters::portal);
        meters.completionThreads(this::completionThreads);
    }

    /** A producer started: its portal has a health check while one runs. */
    void producerStarted(Bitrix24NotifyEndpoint endpoint) {
        producerHealthChecks.producerStarted(endpoint);
    }

    void producerStopped(Bitrix24NotifyEndpoint endpoint) {
        producerHealthChecks.producerStopped(endpoint);
    }

    /** For tests: how long a down portal's health check waits without news before it asks the portal. */
    void setHealthProbeAfter(Duration probeAfter) {
        producerHealthChecks = new ProducerHealthChecks(this, probeAfter);
    }

    /** A consumer started: its figures join the component's, and its meters are registered. */
    void consumerStarted(Bitrix24NotifyConsumer consumer) {
        consumers.add(consumer);
        meters.consumerStarted(consumer.getRouteId(), consumer::figures);
    }

    void consumerStopped(Bitrix24NotifyConsumer consumer) {
        consumers.remove(consumer);
        meters.consumerStopped(consumer.getRouteId());
    }

    @Override
    public List<PortalSnapshot> portals() {
        PortalClients known;
        synchronized (this) {
            known = clients;
        }
        return known == null ? List.of() : known.snapshots();
    }

    @Override
    public List<ConsumerFigures> consumers() {
        return consumers.stream().map(Bitrix24NotifyConsumer::figures).toList();
    }

    @Override
    public CompletionFigures completionThreads() {
        PortalClients known;
        synchronized (this) {
            known = clients;
        }
        return known == null ? new CompletionStats().figures() : known.completionFigures();
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
        meters.close();
        meters = MeterBinding.NONE;
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

    @ManagedOperation(description = "Every portal's and consumer's figures, as JSON")
    public String figures() {
        return FiguresJson.of(List.of(this)).toJson();
    }

    private PortalTotals totals() {
        return new PortalTotals(portals());
    }

    @ManagedAttribute(description = "UP, or DOWN with each down portal's error code")
    public String getPortalHealth() {
        return totals().health();
    }

    @ManagedAttribute(description = "HTTP requests sent to the portals (a batch is one)")
    public long getRequestsSent() {
        return totals().requestsSent();
    }

    @ManagedAttribute(description = "503 QUERY_LIMIT_EXCEEDED answers seen, batch commands included")
    public long getQueryLimitExceeded() {
        return totals().queryLimitExceeded();
    }

    @ManagedAttribute(description = "429 OPERATION_TIME_LIMIT answers seen, batch commands included")
    public long getOperationTimeLimit() {
        return totals().operationTimeLimit();
    }

    @ManagedAttribute(description = "Requests counted in the fullest portal's request-rate bucket")
    public double getBucketLevel() {
        return totals().bucketLevel();
    }

    @ManagedAttribute(description = "Requests waiting for their place in the request rate")
    public int getRequestsWaiting() {
        return totals().requestsWaiting();
    }

    @ManagedAttribute(description = "How long the oldest waiting request has waited, in milliseconds")
    public long getOldestWaitMillis() {
        return totals().oldestWaitMillis();
    }

    @ManagedAttribute(description = "Methods the operating limit pauses now, with the end of each pause")
    public String getPausedMethods() {
        return totals().pausedMethods();
    }

    @ManagedAttribute(description = "Batch calls sent")
    public long getBatchesSent() {
        return totals().batchesSent();
    }

    @ManagedAttribute(description = "Calls per batch on average")
    public double getAverageBatchSize() {
        return totals().averageBatchSize();
    }

    @ManagedAttribute(description = "Calls waiting to be sent in a batch")
    public int getCallsWaitingForBatch() {
        return totals().callsWaitingForBatch();
    }

    @ManagedAttribute(description = "Calls repeated after 503 QUERY_LIMIT_EXCEEDED")
    public long getRetriesQueryLimitExceeded() {
        return totals().retries(RetryCause.QUERY_LIMIT_EXCEEDED);
    }

    @ManagedAttribute(description = "Calls repeated after 429 OPERATION_TIME_LIMIT")
    public long getRetriesOperationTimeLimit() {
        return totals().retries(RetryCause.OPERATION_TIME_LIMIT);
    }

    @ManagedAttribute(description = "Calls repeated after another 5xx answer")
    public long getRetriesServerError() {
        return totals().retries(RetryCause.SERVER_ERROR);
    }

    @ManagedAttribute(description = "Calls repeated after a network failure")
    public long getRetriesIo() {
        return totals().retries(RetryCause.IO);
    }

    @ManagedAttribute(description = "Calls failed as of unknown outcome (the portal may have run them)")
    public long getOutcomeUnknown() {
        return totals().outcomeUnknown();
    }

    @ManagedAttribute(description = "When the earliest OAuth access token in use expires (ISO-8601); empty without OAuth")
    public String getAccessTokenExpiresAt() {
        Instant expiry = totals().accessTokenExpiresAt();
        return expiry == null ? "" : expiry.toString();
    }

    @ManagedAttribute(description = "When an OAuth access token was last renewed (ISO-8601); empty before the first")
    public String getLastRenewal() {
        Instant renewal = totals().lastRenewal();
        return renewal == null ? "" : renewal.toString();
    }

    @ManagedAttribute(description = "OAuth renewals that failed")
    public long getRenewalsRefused() {
        return totals().renewalsRefused();
    }

    @ManagedAttribute(description = "The error code and message of each application's last failed renewal")
    public String getLastRenewalRefusal() {
        return totals().lastRenewalRefusal();
    }

    @ManagedAttribute(description = "Threads of the pool where the routes go on after the portal's answer")
    public int getCompletionThreads() {
        return completionThreads().threads();
    }

    @ManagedAttribute(description = "The most completion threads at once")
    public int getCompletionThreadsLargest() {
        return completionThreads().largest();
    }

    @ManagedAttribute(description = "Completion threads the watchdog started because every thread was held")
    public long getCompletionThreadsAdded() {
        return completionThreads().threadsAdded();
    }

    @ManagedAttribute(description = "Times every completion thread was held at the ceiling, so that none was added")
    public long getCompletionThreadsCeilingReached() {
        return completionThreads().ceilingReached();
    }

    @ManagedAttribute(description = "Answers waiting for a completion thread")
    public int getCompletionAnswersWaiting() {
        return completionThreads().answersWaiting();
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
