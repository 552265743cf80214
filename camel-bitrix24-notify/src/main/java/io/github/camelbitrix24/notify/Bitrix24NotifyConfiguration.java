package io.github.camelbitrix24.notify;

import io.github.camelbitrix24.notify.api.oauth.OAuthServer;
import io.github.camelbitrix24.notify.api.oauth.TokenStore;
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

    @UriParam(label = "security", secret = true,
              description = "The incoming webhook of the portal, e.g. https://portal.bitrix24.com/rest/1/abc123xyz/ (Bitrix24: "
                            + "Developer resources > Other > Incoming webhook, scope im). It contains a secret code: prefer "
                            + "setting it on the component or through a property placeholder. Plain http:// is accepted for "
                            + "loopback hosts only.")
    private String webhookUrl;

    @UriParam(label = "security",
              description = "The application's client id. With an OAuth application (portalUrl) it renews the access token, "
                            + "together with clientSecret. On webhook calls it is sent as CLIENT_ID together with TAG or "
                            + "SUB_TAG, which the portal needs to apply and to delete by tags.")
    private String clientId;

    @UriParam(label = "security",
              description = "The portal of an OAuth application (local or from the market), e.g. https://portal.bitrix24.com: "
                            + "methods are called at {portalUrl}/rest/{method} with the access token. Set it with clientId, "
                            + "clientSecret, accessToken and refreshToken, instead of webhookUrl. Plain http:// is accepted "
                            + "for loopback hosts only.")
    private String portalUrl;

    @UriParam(label = "security", secret = true,
              description = "The OAuth access token of the application (access_token or AUTH_ID, valid one hour). When the "
                            + "portal answers expired_token, the component renews the pair with refreshToken once, however "
                            + "many calls are waiting, and repeats the calls. A pair held by the tokenStore wins over it.")
    private String accessToken;

    @UriParam(label = "security", secret = true,
              description = "The OAuth refresh token of the application (refresh_token or REFRESH_ID, valid 180 days). The "
                            + "OAuth server replaces it on every renewal and accepts each only once: keep the current pair "
                            + "in a tokenStore that survives restarts. A pair held by the tokenStore wins over it.")
    private String refreshToken;

    @UriParam(label = "security", secret = true,
              description = "The OAuth application's secret key (client_secret), sent only to the OAuth server (oauthUrl) to "
                            + "renew the access token, never to the portal.")
    private String clientSecret;

    @UriParam(label = "security", defaultValue = OAuthServer.DEFAULT_URL,
              description = "The OAuth server's token endpoint that renews the access token.")
    private String oauthUrl = OAuthServer.DEFAULT_URL;

    @UriParam(label = "security",
              description = "Keeps the OAuth token pair (a TokenStore bean, e.g. #class:io.github.camelbitrix24.notify.api.oauth."
                            + "FileTokenStore('/var/lib/app/bitrix24-tokens.json')). The refresh token rotates on every "
                            + "renewal, so a restarted route must find the latest pair: at start a pair in the store wins "
                            + "over accessToken and refreshToken, and every renewal is saved to it. By default the pair is "
                            + "kept in memory only.")
    private TokenStore tokenStore;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a connection to the portal, in milliseconds.")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long to wait for the portal's answer, in milliseconds. A cloud portal ends every request within 60 s.")
    private long requestTimeout = 60_000;

    @UriParam(label = "advanced", defaultValue = "" + DEFAULT_ATTACH_MAX_BYTES,
              description = "The largest ATTACH accepted, in bytes of its JSON form; larger ones are refused with "
                            + "ATTACH_OVERSIZE before the call. Raise it to 60000 for portals that accept 60,000 characters.")
    private int attachMaxBytes = DEFAULT_ATTACH_MAX_BYTES;

    @UriParam(label = "security", description = "TLS configuration (trust store, key store, protocols) for the portal's HTTPS.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "proxy", description = "The HTTP proxy host to reach the portal through.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The HTTP proxy port.")
    private Integer proxyPort;

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
}
