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
package io.github.camelbitrix24.notify.client.oauth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.Failures;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.client.config.TokenStore;
import io.github.camelbitrix24.notify.client.stats.OAuthFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pair of an {@link OAuthAuth} and its renewal, one at a time however many calls ask: the steps (the store first, a
 * refusal for good, the back-off, the store's lock) are those {@link OAuthAuth} describes. Keeps the figures of the
 * renewals. Logs name the session and mask its secrets.
 */
final class OAuthRenewal {

    /** The session's logger: one logger to configure for an OAuth application's calls and renewals. */
    private static final Logger LOG = LoggerFactory.getLogger(OAuthAuth.class);
    /** How often a renewal waiting for the store's lock asks for it again. */
    private static final long LOCK_POLL_MILLIS = 25;
    /** How much longer than a renewal's own timeout a renewal waits for the lock another one holds. */
    private static final long LOCK_WAIT_MARGIN_MILLIS = 5_000;

    private final OAuthAuth session;
    private final OAuthServer server;
    private final TokenStore store;
    private final LongSupplier nanoClock;

    private OAuthTokens tokens;
    /** The pair before the last change, still masked in messages. */
    private OAuthTokens previous;
    /** The refresh token the store held when last read or written: a pair there that is neither is someone else's. */
    private String storedRefreshToken;
    /** The access token the OAuth server issued at this session's last renewal: refused again, it is not renewed. */
    private String issuedAccessToken;
    private CompletableFuture<Void> renewal;
    /** The OAuth server's refusal of the pair in use, for good; forgotten when the pair changes. */
    private PortalException refusal;
    private final RenewalBackoff backoff;
    private Instant lastRenewal;
    private long renewals;
    private long renewalsRefused;
    private String lastRefusal;

    OAuthRenewal(OAuthAuth session, OAuthServer server, TokenStore store, OAuthTokens tokens, LongSupplier nanoClock) {
        this.session = session;
        this.server = server;
        this.store = store;
        this.tokens = tokens;
        this.nanoClock = nanoClock;
        this.backoff = new RenewalBackoff(nanoClock);
    }

    /**
     * Notes the first pair: taken from the store, it is the store's; configured, it is saved there (a store that cannot
     * save it is logged, and the calls go on).
     */
    void started(boolean fromTheStore) {
        if (fromTheStore) {
            LOG.debug("Using the OAuth tokens from {}", store);
            storedRefreshToken = tokens.refreshToken();
        } else if (save(tokens, "configured")) {
            storedRefreshToken = tokens.refreshToken();
        }
    }

    synchronized String accessToken() {
        return tokens.accessToken();
    }

    /** Whether the OAuth server issued this access token at this session's last renewal. */
    synchronized boolean issuedLast(Object accessToken) {
        return Objects.equals(accessToken, issuedAccessToken);
    }

    /** The pair in use and the one before it (when there was one), whose tokens messages mask. */
    synchronized List<OAuthTokens> pairsToMask() {
        List<OAuthTokens> pairs = new ArrayList<>(2);
        for (OAuthTokens pair : new OAuthTokens[] { tokens, previous }) {
            if (pair != null) {
                pairs.add(pair);
            }
        }
        return pairs;
    }

    synchronized OAuthFigures figures() {
        return new OAuthFigures(
                server.clientId(), tokens.expiresAt(), lastRenewal, renewals, renewalsRefused,
                lastRefusal);
    }

    /** Replaces the pair unless the stale token was replaced already; one attempt at a time, shared by all callers. */
    CompletableFuture<Void> renew(Object staleAccessToken) {
        CompletableFuture<Void> attempt;
        synchronized (this) {
            if (!tokens.accessToken().equals(staleAccessToken)) {
                return CompletableFuture.completedFuture(null);
            }
            if (renewal != null) {
                return renewal;
            }
            renewal = new CompletableFuture<>();
            attempt = renewal;
        }
        try {
            if (server.stopped()) {
                fail(attempt, stopped(), false);
            } else if (tookPairFromStore()) {
                succeed(attempt);
            } else {
                PortalException holding = holdingFailure();
                if (holding != null) {
                    LOG.debug("Not renewing the access token of {} now: {}", session, holding.getMessage());
                    fail(attempt, holding, false);
                } else {
                    renewWhenLocked(attempt, nanoClock.getAsLong()
                                             + TimeUnit.MILLISECONDS
                                                     .toNanos(server.requestTimeout() + LOCK_WAIT_MARGIN_MILLIS));
                }
            }
        } catch (RuntimeException unexpected) {
            failUnexpectedly(attempt, unexpected);
        }
        return attempt;
    }

    /** A refusal for good of the pair in use, or a failure whose back-off has not passed; null when none holds. */
    private synchronized PortalException holdingFailure() {
        return refusal != null ? refusal : backoff.holdingFailure();
    }

    /** Takes the store's lock, asking again every few milliseconds (never blocking a thread) until the deadline. */
    private void renewWhenLocked(CompletableFuture<Void> attempt, long deadline) {
        try {
            if (server.stopped()) {
                fail(attempt, stopped(), false);
                return;
            }
            Optional<TokenStore.RenewalLock> lock = tryLock();
            if (lock.isPresent()) {
                renewHolding(attempt, lock.get());
            } else if (nanoClock.getAsLong() - deadline >= 0) {
                PortalException locked = PortalException.notSent(ErrorCodes.TOKEN_STORE_LOCKED, store + " stayed locked by "
                                                                                                + "another process (or CamelContext) renewing the same pair longer than a renewal takes; the "
                                                                                                + "access token was not renewed",
                        OAuthServer.RENEWAL, null);
                LOG.warn("Could not renew the access token of {}: {}", session, locked.getMessage());
                fail(attempt, locked, false);
            } else {
                CompletableFuture.delayedExecutor(LOCK_POLL_MILLIS, TimeUnit.MILLISECONDS)
                        .execute(() -> renewWhenLocked(attempt, deadline));
            }
        } catch (RuntimeException unexpected) {
            failUnexpectedly(attempt, unexpected);
        }
    }

    private void failUnexpectedly(CompletableFuture<Void> attempt, RuntimeException unexpected) {
        LOG.warn("Could not renew the access token of {}: {}", session, session.scrub(unexpected.toString()));
        fail(attempt, unexpected, false);
    }

    private Optional<TokenStore.RenewalLock> tryLock() {
        try {
            return store.tryLockRenewal();
        } catch (RuntimeException cannotLock) {
            LOG.warn("Could not lock {} for the renewal of {}: renewing without the lock, so a process sharing the store "
                     + "could renew the same pair at the same time ({})",
                    store, session, session.scrub(cannotLock.getMessage()));
            return Optional.of(TokenStore.RenewalLock.NONE);
        }
    }

    /** With the store locked: takes a pair saved there meanwhile, or renews and saves before letting the lock go. */
    private void renewHolding(CompletableFuture<Void> attempt, TokenStore.RenewalLock lock) {
        String refreshToken;
        try {
            if (tookPairFromStore()) {
                lock.close();
                succeed(attempt);
                return;
            }
            synchronized (this) {
                refreshToken = tokens.refreshToken();
            }
        } catch (RuntimeException unexpected) {
            lock.close();
            throw unexpected;
        }
        LOG.info("The access token of {} has expired: renewing it at {}", session, server);
        CompletableFuture<RenewedPair> refreshed;
        try {
            refreshed = server.renew(refreshToken);
        } catch (RuntimeException notSent) {
            refreshed = CompletableFuture.failedFuture(notSent);
        }
        refreshed.whenComplete((answer, failure) -> {
            if (answer == null) {
                lock.close();
                fail(attempt, failure, true);
                return;
            }
            OAuthTokens renewed = answer.tokens();
            // before the repeat goes out, so that it goes to the portal's address now
            session.renewedAt(answer.clientEndpoint());
            synchronized (this) {
                // before the token goes out, so that a repeat refused with it is never renewed again
                issuedAccessToken = renewed.accessToken();
            }
            try {
                use(renewed, save(renewed, "renewed"));
            } finally {
                lock.close();
            }
            synchronized (this) {
                lastRenewal = Instant.now();
                renewals++;
            }
            LOG.info("Renewed the access token of {}; it expires at {}", session, renewed.expiresAt());
            succeed(attempt);
        });
    }

    /**
     * Takes the store's pair when someone else put it there: not the pair in use, nor the one the store held when this
     * session last read or wrote it (which this session replaced, even when saving its replacement failed).
     */
    private boolean tookPairFromStore() {
        OAuthTokens stored;
        try {
            stored = store.load().orElse(null);
        } catch (RuntimeException unreadable) {
            LOG.warn("Could not read the OAuth tokens of {} from {}, going on with the pair in use: {}", session, store,
                    session.scrub(unreadable.getMessage()));
            return false;
        }
        synchronized (this) {
            if (stored == null || stored.refreshToken().equals(tokens.refreshToken())
                    || stored.refreshToken().equals(storedRefreshToken)) {
                return false;
            }
            use(stored, true);
        }
        LOG.info("Took the OAuth tokens of {} that another process or an operator saved to {}, instead of renewing",
                session, store);
        return true;
    }

    /** A new pair: what held against the old one (a refusal, a back-off) holds no more. */
    private synchronized void use(OAuthTokens pair, boolean inTheStore) {
        previous = tokens;
        tokens = pair;
        if (inTheStore) {
            storedRefreshToken = pair.refreshToken();
        }
        refusal = null;
        backoff.reset();
    }

    private void succeed(CompletableFuture<Void> attempt) {
        synchronized (this) {
            renewal = null;
        }
        attempt.complete(null);
    }

    /**
     * @param askedTheServer whether the OAuth server was asked (its answer, or no answer): only then does the failure
     *                       hold against later calls, for good or for a back-off
     */
    private void fail(CompletableFuture<Void> attempt, Throwable failure, boolean askedTheServer) {
        PortalException error = asException(failure);
        boolean forGood = askedTheServer && OAuthServer.refusedForGood(error);
        boolean mayPass = askedTheServer && !forGood && !ErrorCodes.STOPPED.equals(error.getErrorCode());
        synchronized (this) {
            if (forGood) {
                refusal = error;
            } else if (mayPass) {
                backoff.failed(error);
            }
            renewal = null;
            if (askedTheServer) {
                renewalsRefused++;
                lastRefusal = error.getErrorCode() + ": " + error.getMessage();
            }
        }
        if (forGood) {
            LOG.error("The OAuth server refused to renew the access token of {}: {}. Calls fail at once until a new "
                      + "pair is in {}: authorize the application again (the authorization-code exchange) and save the "
                      + "new pair there",
                    session, error.getMessage(), store);
        } else if (askedTheServer) {
            LOG.warn("Could not renew the access token of {}: {}. Calls that need it fail until a renewal succeeds; the "
                     + "server is asked again after a back-off of up to {} s. If it lasts, check that {} is reachable "
                     + "from here (proxy, DNS, TLS) and answers",
                    session, error.getMessage(),
                    RenewalBackoff.LONGEST_WAIT.toSeconds(), server);
        }
        attempt.completeExceptionally(error);
    }

    /**
     * The pair is in use whatever happens here; a store that failed leaves a restarted application with the pair it
     * held before, whose refresh token is dead once this one was renewed.
     */
    private boolean save(OAuthTokens pair, String which) {
        try {
            store.save(pair);
            return true;
        } catch (RuntimeException e) {
            LOG.error("Could not save the {} OAuth tokens of {} to {}: the calls go on with them, but an application "
                      + "restarted before a later save succeeds starts from the pair the store held before: {}",
                    which, session, store, session.scrub(e.toString()));
            return false;
        }
    }

    private static PortalException stopped() {
        return PortalException.notSent(ErrorCodes.STOPPED, "The component stopped before the access token could be "
                                                           + "renewed",
                OAuthServer.RENEWAL, null);
    }

    private PortalException asException(Throwable failure) {
        Throwable cause = Failures.cause(failure);
        if (cause instanceof PortalException known) {
            return known;
        }
        // nothing tells whether the renewal reached the OAuth server
        return PortalException.noAnswer(ErrorCodes.IO_ERROR, session.scrub(String.valueOf(cause)), OAuthServer.RENEWAL, cause);
    }
}
