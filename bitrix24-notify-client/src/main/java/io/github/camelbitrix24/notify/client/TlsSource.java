package io.github.camelbitrix24.notify.client;

import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

/**
 * Where the TLS context of a portal comes from: created once per {@code identity} (the caller's TLS configuration
 * object) and shared by every client configured with it.
 *
 * @param identity what makes two sources the same, e.g. the TLS configuration object
 * @param create   creates the context; throws IllegalArgumentException when the configuration is wrong
 */
public record TlsSource(Object identity, Supplier<SSLContext> create) {

    @Override
    public boolean equals(Object other) {
        return other instanceof TlsSource source && source.identity.equals(identity);
    }

    @Override
    public int hashCode() {
        return identity.hashCode();
    }
}
