package io.github.camelbitrix24.notify.springboot;

import java.time.Duration;

import io.github.camelbitrix24.notify.Bitrix24NotifyConfiguration;
import io.github.camelbitrix24.notify.api.limits.PortalPlan;
import io.github.camelbitrix24.notify.api.oauth.TokenStore;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code camel.component.bitrix24-notify.*} properties: one per option of the bitrix24-notify component, with
 * the component's own description.
 * <p>
 * The portal settings (the options of {@link Bitrix24NotifyConfiguration}) have no initial values here, so that the
 * ones left unset do not overwrite a {@code configuration} bean; their defaults are listed in
 * {@code META-INF/additional-spring-configuration-metadata.json} for the IDEs.
 * <p>
 * Object options ({@code configuration}, {@code sslContextParameters}, {@code tokenStore}) take a bean reference,
 * {@code #bean:name}.
 * Timeouts take a Spring Boot duration ({@code 10s}, {@code 500ms}); a plain number is milliseconds.
 */
@ConfigurationProperties(prefix = "camel.component.bitrix24-notify")
public class Bitrix24NotifyComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the bitrix24-notify component. This is enabled by default.
     */
    // declared again (the superclass holds the value) only to give the property its description, as camel-spring-boot does
    @SuppressWarnings("unused")
    private Boolean enabled;

    /**
     * The incoming webhook of the portal, e.g. https://portal.bitrix24.com/rest/1/abc123xyz/ (Bitrix24: Developer
     * resources > Other > Incoming webhook, scope im). It contains a secret code: keep it out of source control, e.g.
     * ${BITRIX24_WEBHOOK_URL}. Plain http:// is accepted for loopback hosts only.
     */
    private String webhookUrl;

    /**
     * The application's client id. With an OAuth application (portalUrl) it renews the access token, together with
     * clientSecret. On webhook calls it is sent as CLIENT_ID together with TAG or SUB_TAG, which the portal needs to
     * apply and to delete by tags.
     */
    private String clientId;

    /**
     * The portal of an OAuth application (local or from the market), e.g. https://portal.bitrix24.com: methods are
     * called at {portalUrl}/rest/{method} with the access token. Set it with clientId, clientSecret, accessToken and
     * refreshToken, instead of webhookUrl. Plain http:// is accepted for loopback hosts only.
     */
    private String portalUrl;

    /**
     * The OAuth access token of the application (valid one hour). When the portal answers expired_token, the
     * component renews the pair with refreshToken once and repeats the calls. A pair held by the tokenStore wins.
     */
    private String accessToken;

    /**
     * The OAuth refresh token of the application (valid 180 days). The OAuth server replaces it on every renewal and
     * accepts each only once: keep the current pair in a tokenStore that survives restarts.
     */
    private String refreshToken;

    /**
     * The OAuth application's secret key (client_secret), sent only to the OAuth server (oauthUrl) to renew the
     * access token, never to the portal.
     */
    private String clientSecret;

    /**
     * The OAuth server's token endpoint that renews the access token.
     */
    private String oauthUrl;

    /**
     * Keeps the OAuth token pair: a reference to a TokenStore bean, #bean:name (e.g. a FileTokenStore). At start a
     * pair in the store wins over accessToken and refreshToken, and every renewal is saved to it. By default the pair
     * is kept in memory only.
     */
    private TokenStore tokenStore;

    /**
     * The portal's plan, which sets its request-rate limit: STANDARD (every cloud plan but Enterprise: 2 requests/s,
     * bucket of 50), ENTERPRISE (5/s, bucket of 250) or UNLIMITED (a self-hosted portal without the limit). The
     * component paces its requests to stay within it; one limit is shared by every endpoint of the same portal.
     */
    private PortalPlan plan;

    /**
     * The portal's request rate in requests per second, when it is not the plan's (overrides plan).
     */
    private Double requestsPerSecond;

    /**
     * How many requests the portal accepts at once before its rate applies (its bucket size), when it is not the
     * plan's (overrides plan).
     */
    private Integer burst;

    /**
     * How many times a failed call is repeated: after QUERY_LIMIT_EXCEEDED, after OPERATION_TIME_LIMIT, after a
     * connection that could not be made, and after an I/O error, a timeout or a 5xx when repeating is harmless (a send
     * only when it has a TAG and clientId is set). 0 never repeats.
     */
    private Integer maxRetries;

    /**
     * The delay before the first repetition of a failed call; each next repetition waits twice as long (at most 30 s),
     * with random jitter.
     */
    private Duration retryDelay;

    /**
     * The most send exchanges gathered into one batch call, 1 to 50. Above 1, sends made at about the same time to the
     * same portal leave together; each exchange still gets its own id or its own error.
     */
    private Integer batchSize;

    /**
     * How long a batch waits for more sends after its first one, in milliseconds, when batchSize is above 1.
     */
    private Long batchLingerMs;

    /**
     * How long to wait for a connection to the portal.
     */
    private Duration connectTimeout;

    /**
     * How long to wait for the portal's answer. A cloud portal ends every request within 60 s.
     */
    private Duration requestTimeout;

    /**
     * The largest ATTACH accepted, in bytes of its JSON form; larger ones are refused with ATTACH_OVERSIZE before the
     * call. Raise it to 60000 for portals that accept 60,000 characters.
     */
    private Integer attachMaxBytes;

    /**
     * TLS configuration (trust store, key store, protocols) for the portal's HTTPS. A reference to a bean, #bean:name.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * Use the CamelContext's global SSLContextParameters when an endpoint sets none.
     */
    private Boolean useGlobalSslContextParameters = false;

    /**
     * The HTTP proxy host to reach the portal through.
     */
    private String proxyHost;

    /**
     * The HTTP proxy port.
     */
    private Integer proxyPort;

    /**
     * The most HTTP connections the component keeps open to one portal.
     */
    private Integer maxConnections = 200;

    /**
     * The portal settings every endpoint inherits, as one bean (#bean:name); endpoint options override them. The
     * single properties above set the same settings one by one.
     */
    private Bitrix24NotifyConfiguration configuration;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
     * a message and handled by the routing Error Handler. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers.
     */
    private Boolean lazyStartProducer = false;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component.
     */
    private Boolean autowiredEnabled = true;

    /**
     * Used for enabling or disabling all consumer based health checks from this component.
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getPortalUrl() {
        return portalUrl;
    }

    public void setPortalUrl(String portalUrl) {
        this.portalUrl = portalUrl;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getOauthUrl() {
        return oauthUrl;
    }

    public void setOauthUrl(String oauthUrl) {
        this.oauthUrl = oauthUrl;
    }

    public TokenStore getTokenStore() {
        return tokenStore;
    }

    public void setTokenStore(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    public PortalPlan getPlan() {
        return plan;
    }

    public void setPlan(PortalPlan plan) {
        this.plan = plan;
    }

    public Double getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(Double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public Integer getBurst() {
        return burst;
    }

    public void setBurst(Integer burst) {
        this.burst = burst;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Integer batchSize) {
        this.batchSize = batchSize;
    }

    public Long getBatchLingerMs() {
        return batchLingerMs;
    }

    public void setBatchLingerMs(Long batchLingerMs) {
        this.batchLingerMs = batchLingerMs;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Integer getAttachMaxBytes() {
        return attachMaxBytes;
    }

    public void setAttachMaxBytes(Integer attachMaxBytes) {
        this.attachMaxBytes = attachMaxBytes;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Bitrix24NotifyConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(Bitrix24NotifyConfiguration configuration) {
        this.configuration = configuration;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }
}
