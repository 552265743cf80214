package io.github.camelbitrix24.notify;

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
              description = "The application's client id. On webhook calls it is sent as CLIENT_ID together with TAG or SUB_TAG, "
                            + "which the portal needs to apply and to delete by tags.")
    private String clientId;

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
