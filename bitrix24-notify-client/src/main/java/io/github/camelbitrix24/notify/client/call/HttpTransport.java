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
package io.github.camelbitrix24.notify.client.call;

import java.io.Closeable;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * A pooled, keep-alive, non-blocking Apache HttpClient 5 that posts JSON (and forms, to the OAuth server). It never
 * retries on its own (a send is not idempotent) and completes its futures on the given executor, never on an I/O
 * reactor thread, so that whatever a route does next cannot stall the client.
 */
public final class HttpTransport implements Closeable {

    /**
     * An HTTP answer as received.
     *
     * @param location      the {@code Location} header of a redirect, or null
     * @param receivedNanos when the HTTP client received it, {@link System#nanoTime()}
     */
    public record HttpResult(int status, String contentType, byte[] body, String location, long receivedNanos) {

        /** Whether the answer is a redirect, which the client never follows. */
        public boolean isRedirect() {
            return status / 100 == 3;
        }

        /**
         * The error for a redirect: where it pointed, as scheme and host only (the rest may hold a secret).
         *
         * @param what what was called, e.g. "the portal" or "the OAuth server"
         */
        public PortalException redirectRefused(String what, String method) {
            String target = "another address";
            try {
                URI uri = location == null ? null : URI.create(location);
                if (uri != null && uri.getHost() != null) {
                    target = uri.getScheme() + "://" + uri.getRawAuthority();
                }
            } catch (IllegalArgumentException unreadable) {
                // the target stays unnamed
            }
            return PortalException.answered(ErrorCodes.REDIRECT_REFUSED, what + " answered with a redirect to " + target
                                                                         + ", which is not followed: it would carry the credentials there. Configure the address it "
                                                                         + "redirects to, if you trust it",
                    status, method);
        }
    }

    private final CloseableHttpAsyncClient client;
    private final PoolingAsyncClientConnectionManager connections;
    private final Executor completionExecutor;
    /** The request config of the last timeout asked for: endpoints rarely differ, so one is built, not one a call. */
    private volatile RequestConfig lastConfig = RequestConfig.DEFAULT;

    /** A pool whose one route may take every connection. */
    public HttpTransport(TransportSettings settings, int maxConnections, Executor completionExecutor) {
        this(settings, maxConnections, maxConnections, completionExecutor);
    }

    /**
     * One pool for every portal called with these settings: its I/O threads and its idle-connection evictor do not grow
     * with the portals, and each portal (its host, a route of the pool) takes at most its share of connections.
     *
     * @param maxConnections          the most connections open at once, to all portals
     * @param maxConnectionsPerPortal the most connections open at once to one portal
     */
    public HttpTransport(TransportSettings settings, int maxConnections, int maxConnectionsPerPortal,
                         Executor completionExecutor) {
        this.completionExecutor = completionExecutor;
        PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(Math.min(maxConnectionsPerPortal, maxConnections))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeout()))
                        // a server may close an idle keep-alive connection; check it before reuse instead of failing a send
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build());
        if (settings.sslContext() != null) {
            pool.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).buildAsync());
        }
        this.connections = pool.build();
        var builder = HttpAsyncClients.custom()
                .setConnectionManager(connections)
                .disableAutomaticRetries()
                // a redirect would carry the JSON body with its token (or the renewal form with the client secret)
                // to wherever the Location points: the answer is returned as it is, and the caller refuses it
                .disableRedirectHandling()
                .evictIdleConnections(TimeValue.ofSeconds(20));
        if (settings.proxyHost() != null) {
            builder.setProxy(new HttpHost(settings.proxyHost(), settings.proxyPort()));
        }
        this.client = builder.build();
        this.client.start();
    }

    /**
     * Posts a JSON body. The future fails with a {@link PortalException} for transport problems; any HTTP status is a
     * normal result.
     *
     * @param method the REST method, for error messages
     */
    public CompletableFuture<HttpResult> postJson(URI uri, byte[] json, long requestTimeout, String method) {
        return execute(SimpleRequestBuilder.post(uri)
                .setBody(json, ContentType.APPLICATION_JSON)
                .addHeader("Accept", "application/json")
                .build(), requestTimeout, method);
    }

    /**
     * Posts an {@code application/x-www-form-urlencoded} body, as the OAuth server expects: secrets in the form stay
     * out of the URL (and so out of access logs). Failures as for {@link #postJson}.
     *
     * @param method what is called, for error messages
     */
    public CompletableFuture<HttpResult> postForm(URI uri, Map<String, String> form, long requestTimeout, String method) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                                               + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return execute(SimpleRequestBuilder.post(uri)
                .setBody(body.toString(), ContentType.APPLICATION_FORM_URLENCODED)
                .addHeader("Accept", "application/json")
                .build(), requestTimeout, method);
    }

    private CompletableFuture<HttpResult> execute(SimpleHttpRequest request, long requestTimeout, String method) {
        request.setConfig(configFor(requestTimeout));
        CompletableFuture<HttpResult> future = new CompletableFuture<>();
        client.execute(request, new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                // stamped on the I/O thread: a busy completion executor does not make the answer look late
                long received = System.nanoTime();
                ContentType type = response.getContentType();
                Header location = response.getFirstHeader("Location");
                HttpResult result = new HttpResult(
                        response.getCode(), type == null ? null : type.getMimeType(),
                        response.getBodyBytes() == null ? new byte[0] : response.getBodyBytes(),
                        location == null ? null : location.getValue(), received);
                completionExecutor.execute(() -> future.complete(result));
            }

            @Override
            public void failed(Exception cause) {
                completionExecutor.execute(() -> future.completeExceptionally(transportFailure(cause, method)));
            }

            @Override
            public void cancelled() {
                completionExecutor.execute(() -> future.completeExceptionally(PortalException.noAnswer(
                        ErrorCodes.IO_ERROR, "The request was cancelled (the client closed)", method, null)));
            }
        });
        return future;
    }

    private RequestConfig configFor(long requestTimeout) {
        RequestConfig config = lastConfig;
        Timeout timeout = config.getResponseTimeout();
        if (timeout == null || timeout.toMilliseconds() != requestTimeout) {
            config = RequestConfig.custom().setResponseTimeout(Timeout.ofMilliseconds(requestTimeout)).build();
            lastConfig = config;
        }
        return config;
    }

    /**
     * Tells whether the portal can have seen the request: only a failed connect, or a pooled connection found closed
     * before the request was written, proves it did not.
     */
    static PortalException transportFailure(Exception cause, String method) {
        String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException
                || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
                || cause instanceof SSLHandshakeException || cause instanceof RequestNotExecutedException) {
            return PortalException.notSent(ErrorCodes.CONNECTION_FAILED,
                    "Could not connect to the portal (" + reason + "); the request was not sent", method, cause);
        }
        if (cause instanceof SocketTimeoutException) {
            return PortalException.noAnswer(ErrorCodes.TIMEOUT,
                    "No answer within requestTimeout (" + reason + ")", method, cause);
        }
        return PortalException.noAnswer(ErrorCodes.IO_ERROR,
                "The connection failed after the request was sent (" + reason + ")", method, cause);
    }

    /**
     * Closes the connections idle for this long and forgets the routes left without one: a portal released as idle was
     * called no sooner than that, while the portals in use keep their warm connections.
     */
    public void closeIdle(long idleMillis) {
        connections.closeIdle(TimeValue.ofMilliseconds(idleMillis));
    }

    /** How many portals (routes) the pool holds connections to. */
    public int routes() {
        return connections.getRoutes().size();
    }

    /** How many connections are open, leased or idle, to all portals. */
    public int openConnections() {
        var total = connections.getTotalStats();
        return total.getLeased() + total.getAvailable();
    }

    /** The most connections open at once to one portal. */
    public int maxConnectionsPerPortal() {
        return connections.getDefaultMaxPerRoute();
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
