package io.github.camelbitrix24.notify.client.call;

import javax.net.ssl.SSLContext;

/**
 * What distinguishes one pooled HTTP client from another; endpoints with equal settings share a client.
 *
 * @param sslContext     TLS context, or null for the JVM default
 * @param proxyHost      HTTP proxy host, or null
 * @param proxyPort      HTTP proxy port
 * @param connectTimeout connect timeout in milliseconds
 */
public record TransportSettings(SSLContext sslContext, String proxyHost, int proxyPort, long connectTimeout) {
}
