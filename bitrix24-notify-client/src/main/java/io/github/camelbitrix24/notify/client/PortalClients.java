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
package io.github.camelbitrix24.notify.client;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.client.call.ClientThreads;
import io.github.camelbitrix24.notify.client.call.CompletionCounters;
import io.github.camelbitrix24.notify.client.call.CompletionFigures;
import io.github.camelbitrix24.notify.client.call.Completions;
import io.github.camelbitrix24.notify.client.call.DelayedSteps;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.HttpTransport;
import io.github.camelbitrix24.notify.client.call.PortalAuth;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.call.RestClient;
import io.github.camelbitrix24.notify.client.call.TransportSettings;
import io.github.camelbitrix24.notify.client.call.WebhookAuth;
import io.github.camelbitrix24.notify.client.oauth.OAuthAuth;
import io.github.camelbitrix24.notify.client.oauth.OAuthServer;
import io.github.camelbitrix24.notify.client.oauth.OAuthSessions;
import io.github.camelbitrix24.notify.client.oauth.RenewalTransport;
import io.github.camelbitrix24.notify.client.stats.PortalCounters;
import io.github.camelbitrix24.notify.client.stats.PortalFigures;
import io.github.camelbitrix24.notify.client.stats.PortalListener;
import io.github.camelbitrix24.notify.client.stats.PortalReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clients of every portal one application calls, and what they share: pooled HTTP transports (one per connection
 * settings, shared by every portal, with a cap per portal), TLS contexts, OAuth sessions, the limits and batches of
 * each portal, and the threads that complete calls and run delayed steps. Everything is created on first use;
 * {@link #close()} releases the transports and threads. A portal's limits, batch lanes and OAuth session (with a store)
 * stay while a client holds them and for the portal idle time after the last one is released and its last call ended;
 * the scheduler of the delayed steps then releases them (one task for all portals, no thread of their own), and the
 * pool closes the portal's idle connections. The next client of the portal makes them anew, the session from its store.
 * OAuth sessions live as long as a client uses them (one without a token store for good), across a close too, so that
 * clients asked for again after a restart go on with the renewed tokens; a renewal that starts while the clients are
 * closed fails ({@link ErrorCodes#STOPPED}) instead of opening a transport.
 */
public final class PortalClients implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PortalClients.class);
    private static final String THREADS = "Bitrix24Notify";

    /** The longest wait between two sweeps of the idle portals, however long the idle time. */
    private static final long LONGEST_SWEEP_MILLIS = 30_000;
    private static final long SHORTEST_SWEEP_MILLIS = 10;

    private final ClientThreads threads;
    private final ObjectMapper mapper;
    private final int maxConnections;
    private final int maxConnectionsPerPortal;
    /** How long a portal's state stays without clients; 0 releases it with the last one. */
    private final long portalIdleMillis;
    private final Map<TransportSettings, HttpTransport> transports = new ConcurrentHashMap<>();
    private final Map<TlsSource, SSLContext> sslContexts = new ConcurrentHashMap<>();
    private final OAuthSessions oauthSessions;
    /** Every portal's figures, kept as long as these clients, across close and the portals' limits being dropped. */
    private final Map<String, PortalCounters> stats = new ConcurrentHashMap<>();
    private final List<PortalListener> listeners = new CopyOnWriteArrayList<>();
    /** The portals in use, with how many policies hold their limits. */
    private final Map<String, Integer> inUse = new HashMap<>();
    /** What the completion threads' watchdog did, kept as long as these clients, across close. */
    private final CompletionCounters completionStats = new CompletionCounters();
    private ExecutorService completionPool;
    private Completions completions;
    private ScheduledExecutorService scheduler;
    private DelayedSteps steps;
    private PortalPolicies policies;
    /** Whether clients may use transports: from the first {@link #authFor} or {@link #clientFor} to {@link #close}. */
    private boolean open;

    /**
     * What a request is (a send, a read, an action; whether it is harmless to repeat) each request says itself: the
     * clients know no method names.
     *
     * A portal's state is released with its last client; one portal may take every connection.
     *
     * @param maxConnections the most HTTP connections kept open
     */
    public PortalClients(ClientThreads threads, ObjectMapper mapper, int maxConnections) {
        this(threads, mapper, maxConnections, maxConnections, Duration.ZERO);
    }

    /**
     * @param maxConnections          the most HTTP connections kept open, to all portals together
     * @param maxConnectionsPerPortal the most HTTP connections kept open to one portal
     * @param portalIdleTimeout       how long a portal's limits, batch lanes and OAuth session stay once no client
     *                                holds them and no call is in flight; zero releases them with the last client
     */
    public PortalClients(ClientThreads threads, ObjectMapper mapper, int maxConnections, int maxConnectionsPerPortal,
                         Duration portalIdleTimeout) {
        if (maxConnections < 1 || maxConnectionsPerPortal < 1) {
            throw new IllegalArgumentException("maxConnections and maxConnectionsPerPortal must be at least 1");
        }
        if (portalIdleTimeout.isNegative()) {
            throw new IllegalArgumentException("portalIdleTimeout must not be negative");
        }
        this.threads = threads;
        this.mapper = mapper;
        this.maxConnections = maxConnections;
        this.maxConnectionsPerPortal = maxConnectionsPerPortal;
        this.portalIdleMillis = portalIdleTimeout.toMillis();
        this.oauthSessions = new OAuthSessions(TimeUnit.MILLISECONDS.toNanos(portalIdleMillis), System::nanoTime);
    }

    /**
     * How clients with these settings authenticate: the incoming webhook, or the OAuth application (shared by every
     * client of the same pair). For checks and descriptions: the clients themselves come from {@link #clientFor}, which
     * holds the session while they run; a session with a store that no client holds is not kept.
     *
     * @throws IllegalArgumentException when the settings name neither or both, or are wrong (never showing a secret)
     */
    public PortalAuth authFor(PortalSettings settings) {
        PortalAuth auth = acquireAuth(settings);
        if (auth instanceof OAuthAuth session) {
            oauthSessions.release(session);
        }
        return auth;
    }

    /**
     * The client of these settings: its auth over the transport shared by clients with the same connection settings,
     * inside the limits, batching and retries of its portal. Release it when done: the limits, batches and OAuth
     * session of a portal no client uses any more are dropped.
     *
     * @throws IllegalArgumentException when the settings are wrong (as {@link #authFor}), or another client of the same
     *                                  portal asked for another request rate
     */
    public LeasedClient clientFor(PortalSettings settings) {
        PortalAuth auth = acquireAuth(settings);
        try {
            RestClient rest = new RestClient(auth, transportFor(settings), mapper, settings.requestTimeout());
            LeasedClient client = policies().wrap(rest, settings.policies());
            return auth instanceof OAuthAuth session ? client.alsoReleasing(() -> oauthSessions.release(session)) : client;
        } catch (RuntimeException refused) {
            if (auth instanceof OAuthAuth session) {
                oauthSessions.release(session);
            }
            throw refused;
        }
    }

    /** The webhook, or the OAuth session counting one more user. */
    private PortalAuth acquireAuth(PortalSettings settings) {
        boolean webhook = settings.isWebhook();
        boolean oauth = settings.oauth().isConfigured();
        if (webhook == oauth) {
            throw new IllegalArgumentException(
                    (webhook ? "Set either" : "Set") + " webhookUrl (an incoming webhook) or "
                                               + "portalUrl with clientId, clientSecret, accessToken and refreshToken (an "
                                               + "OAuth application)" + (webhook ? ", not both" : ""));
        }
        synchronized (this) {
            open = true;
        }
        return webhook
                ? WebhookAuth.parse(settings.webhookUrl())
                : oauthSessions.acquire(settings.oauth(), renewalTransport(settings), mapper, settings.requestTimeout());
    }

    /** How many OAuth sessions are kept: held by a client, or for good as the only holder of their pair. */
    public int oauthSessionsKept() {
        return oauthSessions.size();
    }

    /** How many portals have limits in use by a client that was not released. */
    public synchronized int portalsInUse() {
        return policies == null ? 0 : policies.portalsInUse();
    }

    /** How many portals have state (limits, batch lanes): in use, or idle for less than the portal idle time. */
    public synchronized int portalsLive() {
        return policies == null ? 0 : policies.portalsLive();
    }

    /** How many OAuth sessions there are: held, kept for good, or idle for less than the portal idle time. */
    public int oauthSessionsLive() {
        return oauthSessions.live();
    }

    /** How many HTTP connections are open, to all portals: a released portal's idle ones are closed. */
    public int openConnections() {
        return transports.values().stream().mapToInt(HttpTransport::openConnections).sum();
    }

    /**
     * Releases the state of the portals idle for the portal idle time, as the sweep does on its own: their limits,
     * batch lanes and OAuth sessions with a store, and the connections idle that long.
     *
     * @return how many portals were released
     */
    public int releaseIdlePortals() {
        PortalPolicies current;
        synchronized (this) {
            current = policies;
        }
        int released = current == null ? 0 : current.releaseIdle();
        oauthSessions.dropIdle();
        transports.values().forEach(transport -> transport.closeIdle(portalIdleMillis));
        return released;
    }

    /** How many batch lanes are in use by a client that was not released. */
    public synchronized int batchLanesInUse() {
        return policies == null ? 0 : policies.batchLanesInUse();
    }

    /** The limits and batches of every portal, created on first use. */
    private synchronized PortalPolicies policies() {
        if (policies == null) {
            startThreads();
            policies = new PortalPolicies(
                    steps, completions, this::statsOf, this::portalAppeared, this::portalGone,
                    TimeUnit.MILLISECONDS.toNanos(portalIdleMillis), System::nanoTime);
        }
        return policies;
    }

    /** What every portal called so far did, one entry each. */
    public List<PortalFigures> figures() {
        return stats.values().stream().map(PortalCounters::figures).toList();
    }

    /** The threads that complete the portals' answers: the pool in use now, and what its watchdog did so far. */
    public synchronized CompletionFigures completionFigures() {
        return completions == null ? completionStats.figures() : completions.figures();
    }

    /**
     * Tells the listener of every portal in use: those in use now at once, the others as their first client is asked
     * for; and of each portal whose last client was released.
     */
    public void addPortalListener(PortalListener listener) {
        synchronized (inUse) {
            listeners.add(listener);
            inUse.keySet().forEach(portal -> listener.portalAppeared(readerOf(portal)));
        }
    }

    public void removePortalListener(PortalListener listener) {
        listeners.remove(listener);
    }

    /** Counted per portal: the policies are made anew after a close, while clients of the old ones may remain. */
    private void portalAppeared(String portal) {
        synchronized (inUse) {
            if (inUse.merge(portal, 1, Integer::sum) == 1) {
                PortalReader reader = readerOf(portal);
                listeners.forEach(listener -> listener.portalAppeared(reader));
            }
        }
    }

    private void portalGone(String portal) {
        synchronized (inUse) {
            Integer left = inUse.computeIfPresent(portal, (key, count) -> count == 1 ? null : count - 1);
            if (left == null) {
                listeners.forEach(listener -> listener.portalGone(portal));
            }
        }
    }

    private PortalReader readerOf(String portal) {
        return new PortalReader(statsOf(portal));
    }

    private PortalCounters statsOf(String portalKey) {
        PortalCounters known = stats.get(portalKey);
        if (known != null) {
            return known;
        }
        PortalCounters created = new PortalCounters(portalKey, Clock.systemUTC());
        PortalCounters raced = stats.putIfAbsent(portalKey, created);
        return raced != null ? raced : created;
    }

    /** The shared HTTP client for these connection settings, created on first use. */
    private HttpTransport transportFor(PortalSettings settings) {
        SSLContext sslContext = settings.tls() == null
                ? null
                : sslContexts.computeIfAbsent(settings.tls(), source -> source.create().get());
        TransportSettings key = new TransportSettings(
                sslContext, settings.proxyHost(), settings.proxyPort(),
                settings.connectTimeout());
        return transports.computeIfAbsent(key,
                k -> new HttpTransport(k, maxConnections, maxConnectionsPerPortal, completions()));
    }

    /**
     * The transport of these settings for an OAuth renewal, which may start after {@link #close()}: then it fails,
     * checked and created under the same lock as close() so that no transport is left open behind it.
     */
    private RenewalTransport renewalTransport(PortalSettings settings) {
        return new RenewalTransport() {
            @Override
            public HttpTransport get() {
                synchronized (PortalClients.this) {
                    if (!open) {
                        throw PortalException.notSent(ErrorCodes.STOPPED, "The component stopped before the access "
                                                                          + "token could be renewed",
                                OAuthServer.RENEWAL, null);
                    }
                    return transportFor(settings);
                }
            }

            @Override
            public boolean stopped() {
                synchronized (PortalClients.this) {
                    return !open;
                }
            }
        };
    }

    /** The threads that complete the portal's answers, off the HTTP client's I/O threads: the callers go on there. */
    private synchronized Completions completions() {
        startThreads();
        return completions;
    }

    /** The completion threads and the scheduler of every delayed step (which also watches the completions). */
    private void startThreads() {
        if (completions == null) {
            scheduler = threads.newScheduler(THREADS + "Policies");
            steps = new DelayedSteps(scheduler);
            completionPool = threads.newCompletionPool(THREADS);
            completions = new Completions(completionPool, scheduler, completionStats);
            if (portalIdleMillis > 0) {
                long sweep = Math.max(SHORTEST_SWEEP_MILLIS, Math.min(LONGEST_SWEEP_MILLIS, portalIdleMillis / 2));
                scheduler.scheduleWithFixedDelay(this::sweepIdlePortals, sweep, sweep, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** The periodic sweep: a failure must not end it, as the scheduler would never run it again. */
    private void sweepIdlePortals() {
        try {
            releaseIdlePortals();
        } catch (RuntimeException unexpected) {
            LOG.warn("Releasing the idle portals failed; the next sweep tries again: {}", unexpected.toString());
        }
    }

    /**
     * Closes the transports (answers still in flight fail as of unknown outcome), abandons the steps still waiting
     * (their calls fail as not sent, {@link ErrorCodes#STOPPED}) and stops the threads. Every caller learns the end of
     * its call; the clients asked for next start anew.
     */
    @Override
    public void close() {
        synchronized (this) {
            open = false;
        }
        transports.values().forEach(HttpTransport::close);
        transports.clear();
        sslContexts.clear();
        synchronized (this) {
            if (completions != null) {
                threads.shutdownNow(scheduler);
                steps.close();
                threads.shutdown(completionPool);
                scheduler = null;
                steps = null;
                policies = null;
                completionPool = null;
                completions = null;
            }
        }
    }
}
