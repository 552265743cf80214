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

import io.github.camelbitrix24.notify.client.PolicySettings;
import io.github.camelbitrix24.notify.client.PortalSettings;
import io.github.camelbitrix24.notify.client.TlsSource;
import io.github.camelbitrix24.notify.client.call.Bitrix24Client;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.client.config.SharedLimitsStore;
import io.github.camelbitrix24.notify.client.config.TokenStore;
import io.github.camelbitrix24.notify.client.oauth.OAuthServer;
import io.github.camelbitrix24.notify.client.oauth.OAuthSettings;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * How to reach one Bitrix24 portal: address, credentials and transport. Set once on the component (every endpoint
 * inherits it) or per endpoint.
 */
@UriParams
public class Bitrix24NotifyConfiguration implements Cloneable {

    /** 30 KB: the ATTACH limit older Bitrix24 versions enforce; newer portals accept 60,000 characters. */
    public static final int DEFAULT_ATTACH_MAX_BYTES = 30 * 1024;
    /** The HTTP proxy port when a proxy host is set without one. */
    private static final int DEFAULT_PROXY_PORT = 8080;

    @UriParam(label = "security", secret = true,
              description = "The portal's incoming webhook with the im scope, e.g. https://portal.bitrix24.com/rest/1/abc123xyz/. "
                            + "It holds a secret code: set it on the component or through a property placeholder.")
    private String webhookUrl;

    @UriParam(label = "security",
              description = "The application's client id: with an OAuth application it renews the access token, together with "
                            + "clientSecret. With a webhook it is sent as CLIENT_ID with TAG and SUB_TAG, which the portal "
                            + "needs to apply tags and to delete by tag.")
    private String clientId;

    @UriParam(label = "security",
              description = "The portal of an OAuth application, e.g. https://portal.bitrix24.com, set instead of webhookUrl "
                            + "together with clientId, clientSecret, accessToken and refreshToken.")
    private String portalUrl;

    @UriParam(label = "security", secret = true,
              description = "The OAuth access token of the application (access_token or AUTH_ID), valid one hour. When it "
                            + "expires, the component renews it with refreshToken and repeats the call.")
    private String accessToken;

    @UriParam(label = "security", secret = true,
              description = "The OAuth refresh token of the application (refresh_token or REFRESH_ID), valid 180 days. Every "
                            + "renewal replaces it, so keep the current pair in a tokenStore that survives restarts.")
    private String refreshToken;

    @UriParam(label = "security", secret = true,
              description = "The OAuth application's secret key (client_secret), sent only to the OAuth server to renew the "
                            + "access token, never to the portal.")
    private String clientSecret;

    @UriParam(label = "security", defaultValue = OAuthServer.DEFAULT_URL,
              description = "The OAuth server's token endpoint that renews the access token.")
    private String oauthUrl = OAuthServer.DEFAULT_URL;

    @UriParam(label = "security",
              description = "Keeps the current OAuth token pair across renewals and restarts, e.g. a FileTokenStore; a pair "
                            + "found in it wins over accessToken and refreshToken. By default the pair is kept in memory only.")
    private TokenStore tokenStore;

    @UriParam(label = "security",
              description = "The portals an application is installed on, keyed by member_id (an InMemoryPortalDirectory, "
                            + "JdbcPortalDirectory or RedisPortalDirectory): a message whose memberId (header or option) "
                            + "names one goes to that portal, with its address, OAuth pair and plan from the directory "
                            + "and this application's clientId and clientSecret. Renewals save each portal's pair there, "
                            + "and a renamed portal's new address.")
    private PortalDirectory portalDirectory;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a connection to the portal, e.g. 10s; a plain number is milliseconds.")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long to wait for the portal's answer, e.g. 60s; a plain number is milliseconds. A cloud portal "
                            + "ends every request within 60 s.")
    private long requestTimeout = 60_000;

    @UriParam(label = "advanced", defaultValue = "" + DEFAULT_ATTACH_MAX_BYTES,
              description = "The largest ATTACH accepted, in bytes of its JSON form; a larger one is refused with "
                            + "ATTACH_OVERSIZE before the call. Portals that accept 60,000 characters can take 60000.")
    private int attachMaxBytes = DEFAULT_ATTACH_MAX_BYTES;

    @UriParam(label = "security", description = "TLS configuration (trust store, key store, protocols) for the portal's HTTPS.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "proxy", description = "The HTTP proxy host to reach the portal through.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The HTTP proxy's port, 8080 when proxyHost is set without it.")
    private Integer proxyPort;

    @UriParam(label = "advanced", defaultValue = "STANDARD", enums = "STANDARD,ENTERPRISE,UNLIMITED",
              description = "The portal's plan, whose request rate the component keeps to: STANDARD (2 requests/s, bucket of "
                            + "50), ENTERPRISE (5/s, bucket of 250) or UNLIMITED (a self-hosted portal without the limit). "
                            + "Every endpoint of a portal shares its limit, so set it on the component.")
    private PortalPlan plan = PortalPlan.STANDARD;

    @UriParam(label = "advanced",
              description = "The portal's request rate in requests per second, when it is not the plan's (overrides "
                            + "plan).")
    private Double requestsPerSecond;

    @UriParam(label = "advanced",
              description = "How many requests the portal accepts at once before its rate applies (its bucket size), "
                            + "when it is not the plan's (overrides plan).")
    private Integer burst;

    @UriParam(label = "advanced",
              description = "Where the replicas of an application share each portal's request rate and operating-limit "
                            + "pauses, so that together they keep to the portal's limit: a RedisRateLimitStore, or a "
                            + "Bucket4jLimitsStore over any Bucket4j store with String keys (Hazelcast, Infinispan, a "
                            + "database). Without it, each JVM keeps the portal's limit alone. Set it on the component.")
    private SharedLimitsStore rateLimitStore;

    @UriParam(label = "advanced", defaultValue = "3",
              description = "How many times a failed call is repeated, only when repeating is harmless: after a rate or "
                            + "operating limit or a failed connection, and after a timeout, an I/O error or a 5xx for reads "
                            + "and tagged sends. 0 never repeats.")
    private int maxRetries = 3;

    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "The delay before the first repetition of a failed call, e.g. 1s (a plain number is "
                            + "milliseconds); each next one waits twice as long, at most 30 s, with random jitter.")
    private long retryDelay = 1000;

    @UriParam(label = "producer", defaultValue = "1",
              description = "The most send exchanges (notify, personalAdd, systemAdd) gathered into one batch call, 1 to 50; "
                            + "1 sends each on its own. Above 1, sends made at about the same time to the same portal leave "
                            + "together, and each exchange still gets its own id or its own error.")
    private int batchSize = 1;

    @UriParam(label = "producer", defaultValue = "20",
              description = "How long a batch waits for more sends after its first one before it asks for its place in the "
                            + "portal's rate, in milliseconds, when batchSize is above 1; it keeps taking sends until the place comes.")
    private long batchLingerMs = 20;

    public Bitrix24NotifyConfiguration copy() {
        try {
            return (Bitrix24NotifyConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

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

    public PortalDirectory getPortalDirectory() {
        return portalDirectory;
    }

    public void setPortalDirectory(PortalDirectory portalDirectory) {
        this.portalDirectory = portalDirectory;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public int getAttachMaxBytes() {
        return attachMaxBytes;
    }

    public void setAttachMaxBytes(int attachMaxBytes) {
        this.attachMaxBytes = attachMaxBytes;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
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

    public SharedLimitsStore getRateLimitStore() {
        return rateLimitStore;
    }

    public void setRateLimitStore(SharedLimitsStore rateLimitStore) {
        this.rateLimitStore = rateLimitStore;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public long getBatchLingerMs() {
        return batchLingerMs;
    }

    public void setBatchLingerMs(long batchLingerMs) {
        this.batchLingerMs = batchLingerMs;
    }

    /**
     * These options as the portal client takes them.
     *
     * @param  tls                      the TLS context to use, or null for the JVM's default
     * @throws IllegalArgumentException naming the option that is out of range
     */
    public PortalSettings portalSettings(TlsSource tls) {
        // HttpClient reads a timeout of 0 as "wait forever"
        requireAboveZero("connectTimeout", connectTimeout);
        requireAboveZero("requestTimeout", requestTimeout);
        return new PortalSettings(
                webhookUrl, new OAuthSettings(
                        portalUrl, oauthUrl, clientId, clientSecret, accessToken,
                        refreshToken, tokenStore),
                tls, proxyHost, proxyPort == null ? DEFAULT_PROXY_PORT : proxyPort,
                connectTimeout, requestTimeout, policySettings());
    }

    /**
     * The limits, retries and batching these options ask for.
     *
     * @throws IllegalArgumentException naming the option that is out of range
     */
    public PolicySettings policySettings() {
        PortalPlan portalPlan = plan == null ? PortalPlan.STANDARD : plan;
        double rate = requestsPerSecond != null ? requestsPerSecond : portalPlan.requestsPerSecond();
        int bucket = burst != null ? burst : portalPlan.burst();
        if (rate < 0 || rate > 0 && bucket < 1 || Double.isNaN(rate)) {
            throw new IllegalArgumentException(
                    "requestsPerSecond must be positive and burst at least 1, got " + rate
                                               + " and " + bucket + " (plan=UNLIMITED turns the limit off)");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries cannot be negative, got " + maxRetries);
        }
        // a delay of 0 would repeat at once, and double to 0 again
        requireAboveZero("retryDelay", retryDelay);
        if (batchSize < 1 || batchSize > Bitrix24Client.MAX_BATCH_COMMANDS) {
            throw new IllegalArgumentException(
                    "batchSize must be between 1 and " + Bitrix24Client.MAX_BATCH_COMMANDS
                                               + ", got " + batchSize);
        }
        requireAboveZero("batchLingerMs", batchLingerMs);
        return new PolicySettings(rate, bucket, maxRetries, retryDelay, batchSize, batchLingerMs, rateLimitStore);
    }

    private static void requireAboveZero(String option, long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException(option + " must be above 0 milliseconds, got " + millis);
        }
    }
}
