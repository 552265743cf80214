package io.github.camelbitrix24.notify;

import io.github.camelbitrix24.notify.client.TlsSource;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

/** Camel's {@code SSLContextParameters} as the portal client takes them: the TLS context is made when first needed. */
final class CamelTls {

    private CamelTls() {
    }

    static TlsSource of(SSLContextParameters parameters, CamelContext context) {
        return new TlsSource(parameters, () -> {
            try {
                return parameters.createSSLContext(context);
            } catch (Exception e) {
                throw new IllegalArgumentException("Cannot create the TLS context from sslContextParameters: " + e.getMessage(), e);
            }
        });
    }
}
