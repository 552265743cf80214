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
package io.github.camelbitrix24.notify.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelbitrix24.notify.sandbox.http.LoopbackHttpServer;
import io.github.camelbitrix24.notify.sandbox.http.OAuthTokenHandler;
import io.github.camelbitrix24.notify.sandbox.oauth.OAuthApps;

/**
 * An in-memory Bitrix24 portal that speaks the REST protocol of the {@code im.notify.*} methods and {@code batch} over
 * HTTP on 127.0.0.1. Point any Bitrix24 client at {@link #webhookUrl()} (or, as an OAuth application, at
 * {@link #portalUrl()} and {@link #oauthUrl()} with tokens from {@link #oauth()}); read what it did with
 * {@link #calls()} and {@link #notifications(long)}; prepare the portal with {@link #seed(long)}.
 *
 * <pre>{@code
 * try (Bitrix24Sandbox sandbox = Bitrix24Sandbox.start()) {
 *     String webhook = sandbox.webhookUrl();   // http://127.0.0.1:<port>/rest/1/<code>/
 *     ...
 * }
 * }</pre>
 *
 * One sandbox serves many portals, each with its own {@code member_id}, address, limits and data, and installs OAuth
 * applications on them as Bitrix24 does, posting the installation and the events to the application's handler: see
 * {@link #portals()} and {@link SandboxPortal}. The accessors of this class act on the default portal, at the root.
 * <p>
 * Thread-safe: serve hundreds of concurrent requests while the test seeds and inspects.
 */
public final class Bitrix24Sandbox implements AutoCloseable {

    /** The user whose webhook {@link #webhookUrl()} is. */
    public static final long DEFAULT_USER_ID = 1;

    private final OAuthApps oauthApps = new OAuthApps();
    private final SandboxPortals portals = new SandboxPortals(oauthApps, this::port);
    private final SandboxPortal defaultPortal = portals.defaultPortal();
    private final SandboxOAuth oauth = new SandboxOAuth(oauthApps, defaultPortal.memberId());
    private final LoopbackHttpServer server;

    private Bitrix24Sandbox(int port) {
        defaultPortal.state();
        server = LoopbackHttpServer.start(port, Map.of(
                "/", new PortalRouter(portals),
                OAuthTokenHandler.PATH, new OAuthTokenHandler(oauthApps, this::clientEndpointOf)));
    }

    /** Starts a portal on a free loopback port. */
    public static Bitrix24Sandbox start() {
        return start(0);
    }

    /** Starts a portal on that loopback port; 0 picks a free one. */
    public static Bitrix24Sandbox start(int port) {
        return new Bitrix24Sandbox(port);
    }

    /** A valid incoming webhook of user 1: {@code http://127.0.0.1:<port>/rest/1/<code>/}. */
    public String webhookUrl() {
        return webhookUrl(DEFAULT_USER_ID);
    }

    /** A valid incoming webhook of that user, created on first call. */
    public String webhookUrl(long userId) {
        return defaultPortal.webhookUrl(userId);
    }

    /**
     * Makes {@code code} the incoming webhook of that user, replacing the one it had, and returns its URL,
     * {@code http://127.0.0.1:<port>/rest/<userId>/<code>/}: a webhook a client can be configured with before the
     * portal starts. The code is letters, digits, {@code _} and {@code -}.
     */
    public String fixWebhook(long userId, String code) {
        return defaultPortal.fixWebhook(userId, code);
    }

    /** The portal's base URL, {@code http://127.0.0.1:<port>}. */
    public String portalUrl() {
        return defaultPortal.portalUrl();
    }

    /**
     * The token endpoint of the sandbox's OAuth server, {@code http://127.0.0.1:<port>/oauth/token/}: renews the tokens
     * of {@link #oauth()} applications, whose calls go to {@code portalUrl() + "/rest/{method}"} with {@code auth}.
     */
    public String oauthUrl() {
        return portalUrl() + OAuthTokenHandler.PATH;
    }

    public int port() {
        return server.port();
    }

    /**
     * Every REST call received, in arrival order: failed ones too, and a batch's sub-commands right after it. A
     * snapshot.
     */
    public List<RecordedCall> calls() {
        return defaultPortal.calls();
    }

    /** The calls to one method, e.g. {@code im.notify}, ignoring case. */
    public List<RecordedCall> calls(String method) {
        return defaultPortal.calls(method);
    }

    /** How many HTTP requests arrived (a batch is one). */
    public int httpRequestCount() {
        return defaultPortal.httpRequestCount();
    }

    /**
     * The time from the first HTTP request's arrival to the last's, since the last reset: the portal's view of how long
     * a burst took, free of the client's first and last round trips. 200 requests against a bucket of 50 at 20 per
     * second cannot span less than 7.5 s.
     */
    public Duration arrivalSpan() {
        return defaultPortal.arrivalSpan();
    }

    /**
     * How many calls were answered with this error code since the last reset, batch commands included: e.g.
     * {@code QUERY_LIMIT_EXCEEDED} for the 503s of the request-rate limit, {@code OPERATION_TIME_LIMIT} for the 429s of
     * the operating limit.
     */
    public int answeredErrors(String errorCode) {
        return defaultPortal.answeredErrors(errorCode);
    }

    /** Forgets the recorded calls, the HTTP request count, the arrival span and the error counts. */
    public void clearCalls() {
        defaultPortal.clearCalls();
    }

    /** The user's current notifications, newest first (date, then id, descending). */
    public List<StoredNotification> notifications(long userId) {
        return defaultPortal.notifications(userId);
    }

    /**
     * The notification with that id. The portal deletes a notification once confirmed; this still finds it, so tests
     * can read {@link StoredNotification#confirmedValue()}.
     */
    public Optional<StoredNotification> notification(long id) {
        return defaultPortal.notification(id);
    }

    /** Starts a notification for that recipient; see {@link NotificationSeed}. */
    public NotificationSeed seed(long userId) {
        return defaultPortal.seed(userId);
    }

    /** Deletes a notification on the portal side, as a module or another client would; false if there was none. */
    public boolean delete(long id) {
        return defaultPortal.delete(id);
    }

    /** Changes a notification's stored tag on the portal side; false if there is no such notification. */
    public boolean retag(long id, String tag) {
        return defaultPortal.retag(id, tag);
    }

    /** The limits the portal enforces; change them at any time. */
    public SandboxLimits limits() {
        return defaultPortal.limits();
    }

    /** Fault injection for the next requests. */
    public SandboxFaults faults() {
        return defaultPortal.faults();
    }

    /** OAuth applications: register, issue tokens, expire them, count renewals. */
    public SandboxOAuth oauth() {
        return oauth;
    }

    /**
     * The sandbox's portals: the default one, and more added by name, each with its own {@code member_id}, address,
     * limits, notifications, calls, faults and installed applications.
     */
    public SandboxPortals portals() {
        return portals;
    }

    /**
     * Forgets notifications, calls, unused faults (of the token endpoint too), the renewal counts and the execution
     * time counted against the operating limit, and the handler deliveries, on every portal. Portals, webhooks, OAuth
     * applications, installations and their tokens, and limits stay; ids keep increasing.
     */
    public void reset() {
        portals.reset();
        oauthApps.reset();
    }

    /** Stops serving. */
    @Override
    public void close() {
        server.close();
    }

    private String clientEndpointOf(String memberId) {
        return portals.byMemberId(memberId).orElse(defaultPortal).restAddress();
    }

    @Override
    public String toString() {
        // the webhook code is a secret of the portal's user; keep it out of logs
        return "Bitrix24Sandbox[" + portalUrl() + "]";
    }
}
