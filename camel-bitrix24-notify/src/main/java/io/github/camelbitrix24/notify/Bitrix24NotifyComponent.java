package io.github.camelbitrix24.notify;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.api.Bitrix24Client;
import io.github.camelbitrix24.notify.api.BitrixJson;
import io.github.camelbitrix24.notify.api.HttpTransport;
import io.github.camelbitrix24.notify.api.PortalAuth;
import io.github.camelbitrix24.notify.api.PortalPolicies;
import io.github.camelbitrix24.notify.api.RestClient;
import io.github.camelbitrix24.notify.api.TransportSettings;
import io.github.camelbitrix24.notify.api.WebhookAuth;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import io.github.camelbitrix24.notify.operation.RepeatSafety;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.URISupport;

/**
 * The {@code bitrix24-notify} component: portal settings every endpoint inherits, and the pooled HTTP clients the
 * endpoints of this CamelContext share.
 */
@Component("bitrix24-notify")
public class Bitrix24NotifyComponent extends HealthCheckComponent implements SSLContextParametersAware {

    static {
        // Camel masks known secret option names in logged URIs; webhookUrl is not one of them by default
        URISupport.addSanitizeKeywords("webhookUrl");
    }

    @Metadata(description = "The portal settings every endpoint inherits; endpoint options override them.")
    private Bitrix24NotifyConfiguration configuration = new Bitrix24NotifyConfiguration();

    @Metadata(label = "advanced", defaultValue = "200",
              description = "The most HTTP connections the component keeps open to one portal.")
    private int maxConnections = 200;

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters when an endpoint sets none.")
    private boolean useGlobalSslContextParameters;

    /** What lets two endpoints send each other's calls in one batch: same credentials, transport and timeout. */
    private record Sender(PortalAuth auth, HttpTransport transport, long requestTimeout) {
    }

    private final ObjectMapper mapper = BitrixJson.newMapper();
    private final Map<TransportSettings, HttpTransport> transports = new ConcurrentHashMap<>();
    private final Map<SSLContextParameters, SSLContext> sslContexts = new ConcurrentHashMap<>();
    private final OAuthSessions oauthSessions = new OAuthSessions();
    private ExecutorService completionExecutor;
    private ScheduledExecutorService policyScheduler;
    private PortalPolicies policies;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("bitrix24-notify needs an operation, e.g. bitrix24-notify:notify");
        }
        Bitrix24NotifyEndpoint endpoint = new Bitrix24NotifyEndpoint(uri, this, remaining, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * How endpoints with these settings authenticate: the incoming webhook, or the OAuth application (shared by the
     * endpoints of the same application and tokens). Checked when the endpoint is created, so that bad settings fail
     * the route's start.
     */
    PortalAuth authFor(Bitrix24NotifyConfiguration settings) {
        boolean webhook = settings.getWebhookUrl() != null && !settings.getWebhookUrl().isBlank();
        boolean oauth = OAuthSessions.isOAuth(settings);
        if (webhook == oauth) {
            throw new IllegalArgumentException((webhook ? "Set either" : "Set") + " webhookUrl (an incoming webhook) or "
                                               + "portalUrl with clientId, clientSecret, accessToken and refreshToken (an "
                                               + "OAuth application)" + (webhook ? ", not both" : ""));
        }
        return webhook ? WebhookAuth.parse(settings.getWebhookUrl())
                : oauthSessions.sessionFor(settings, () -> transportFor(settings), mapper);
    }

    /**
     * The client of one endpoint: its auth over the transport shared by endpoints with the same settings, inside
     * the limits, batching and retries of its portal.
     */
    Bitrix24Client clientFor(Bitrix24NotifyConfiguration settings, PortalAuth auth) {
        HttpTransport transport = transportFor(settings);
        RestClient rest = new RestClient(auth, transport, mapper, settings.getRequestTimeout());
        return policies().wrap(rest, auth.portalKey(), new Sender(auth, transport, settings.getRequestTimeout()),
                settings.policySettings());
    }

    /** The limits and batches of every portal this component calls, created on first use. */
    private synchronized PortalPolicies policies() {
        if (policies == null) {
            policyScheduler = getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "Bitrix24NotifyPolicies");
            policies = new PortalPolicies(policyScheduler, completionExecutor(), Arrays.stream(Bitrix24Operation.values())
                    .filter(Bitrix24Operation::isSend)
                    .map(operation -> operation.method().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet()), RepeatSafety::harmlessToRepeat);
        }
        return policies;
    }

    /** The shared HTTP client for these transport settings, created on first use. */
    private HttpTransport transportFor(Bitrix24NotifyConfiguration settings) {
        SSLContextParameters ssl = settings.getSslContextParameters();
        if (ssl == null && useGlobalSslContextParameters) {
            ssl = retrieveGlobalSslContextParameters();
        }
        SSLContext sslContext = ssl == null ? null : sslContexts.computeIfAbsent(ssl, this::createSslContext);
        TransportSettings key = new TransportSettings(sslContext, settings.getProxyHost(),
                settings.getProxyPort() == null ? 8080 : settings.getProxyPort(), settings.getConnectTimeout());
        return transports.computeIfAbsent(key, k -> new HttpTransport(k, maxConnections, completionExecutor()));
    }

    private SSLContext createSslContext(SSLContextParameters parameters) {
        try {
            return parameters.createSSLContext(getCamelContext());
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot create the TLS context from sslContextParameters: " + e.getMessage(), e);
        }
    }

    /**
     * The threads that complete the portal's answers, off the HTTP client's I/O threads: the routes go on there. Its
     * queue lets busy threads take the next answers without waking a thread for each one.
     */
    private synchronized ExecutorService completionExecutor() {
        if (completionExecutor == null) {
            // Camel's default profile, but with a queue without bound (Camel takes 0 or less for no queue at all): the
            // default runs a task on the caller's thread once its 1,000 places are taken, and here the caller is an I/O
            // thread, which must never run a route. Each task is the answer of an exchange already in flight, so the
            // routes bound their number.
            ExecutorServiceManager threads = getCamelContext().getExecutorServiceManager();
            ThreadPoolProfile profile = new ThreadPoolProfileBuilder("Bitrix24Notify", threads.getDefaultThreadPoolProfile())
                    .maxQueueSize(Integer.MAX_VALUE).build();
            completionExecutor = threads.newThreadPool(this, "Bitrix24Notify", profile);
        }
        return completionExecutor;
    }

    @Override
    protected void doStop() throws Exception {
        transports.values().forEach(HttpTransport::close);
        transports.clear();
        sslContexts.clear();
        synchronized (this) {
            if (completionExecutor != null) {
                getCamelContext().getExecutorServiceManager().shutdown(completionExecutor);
                completionExecutor = null;
            }
            if (policyScheduler != null) {
                getCamelContext().getExecutorServiceManager().shutdownNow(policyScheduler);
                policyScheduler = null;
                policies = null;
            }
        }
        super.doStop();
    }

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
