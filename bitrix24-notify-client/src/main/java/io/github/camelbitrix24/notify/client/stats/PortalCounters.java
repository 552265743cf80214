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
package io.github.camelbitrix24.notify.client.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.call.RequestKind;

/**
 * What happened to one portal's calls, counted where it happens: counters on the hot path, no lock; the limits, the
 * OAuth sessions and the health are read only when someone looks ({@link #figures}). Lives as long as the clients of
 * the application, across the portal's limits being dropped and made again, so that figures and meters keep counting.
 */
public final class PortalCounters {

    /** Answers that say the credentials are refused: nothing goes through until someone acts. */
    private static final Set<String> CREDENTIALS_REFUSED = Set.of("NO_AUTH_FOUND", "INVALID_CREDENTIALS",
            "insufficient_scope", "invalid_grant", "invalid_client", "WRONG_AUTH_TYPE", ErrorCodes.EXPIRED_TOKEN,
            ErrorCodes.INVALID_TOKEN, ErrorCodes.OVERLOAD_LIMIT, ErrorCodes.TOKEN_STORE_LOCKED);
    /** Failures that say the portal cannot be reached, or does not answer as a portal. */
    private static final Set<String> UNREACHABLE = Set.of(ErrorCodes.CONNECTION_FAILED, ErrorCodes.TIMEOUT,
            ErrorCodes.IO_ERROR, ErrorCodes.INVALID_RESPONSE, ErrorCodes.REDIRECT_REFUSED);
    private static final LimiterView NO_LIMITS = new LimiterView() {
        @Override
        public double requestsPerSecond() {
            return 0;
        }

        @Override
        public int burst() {
            return 0;
        }

        @Override
        public double bucketLevel() {
            return 0;
        }

        @Override
        public int requestsInFlight() {
            return 0;
        }

        @Override
        public int requestsWaiting() {
            return 0;
        }

        @Override
        public Duration oldestWait() {
            return Duration.ZERO;
        }

        @Override
        public Map<String, Instant> pausedUntil() {
            return Map.of();
        }

        @Override
        public Map<String, OperatingPause> lastPauses() {
            return Map.of();
        }

        @Override
        public Map<String, Double> operatingSeconds() {
            return Map.of();
        }
    };

    private final String portal;
    private final Clock clock;
    private final LongAdder requestsSent = new LongAdder();
    private final LongAdder queryLimitExceeded = new LongAdder();
    private final LongAdder operationTimeLimit = new LongAdder();
    private final LongAdder batchesSent = new LongAdder();
    private final LongAdder callsBatched = new LongAdder();
    private final AtomicInteger lastBatchSize = new AtomicInteger();
    private final AtomicInteger callsWaitingForBatch = new AtomicInteger();
    private final Map<RetryCause, LongAdder> retries = new EnumMap<>(RetryCause.class);
    private final LongAdder outcomeUnknown = new LongAdder();
    private final Set<OAuthView> oauth = ConcurrentHashMap.newKeySet();
    /** The methods whose requests were sends, as the requests said: the portal is down while one of them pauses. */
    private final Set<String> sendMethods = ConcurrentHashMap.newKeySet();
    private volatile LimiterView limiter = NO_LIMITS;
    /** The health the last answers tell; replaced only when the state changes, so that {@code since} holds. */
    private volatile PortalHealth health = PortalHealth.UNKNOWN;
    private volatile Instant lastCallEnded;

    public PortalCounters(String portal, Clock clock) {
        this.portal = portal;
        this.clock = clock;
        for (RetryCause cause : RetryCause.values()) {
            retries.put(cause, new LongAdder());
        }
    }

    public String portal() {
        return portal;
    }

    /** The portal's limits in use now; the ones made after the last were dropped replace them. */
    public void limiter(LimiterView view) {
        this.limiter = view;
    }

    /** An OAuth application calling this portal. */
    public void oauth(OAuthView view) {
        oauth.add(view);
    }

    /** A request of the method, of this kind, was made: a fact about the method, kept for the health. */
    public void methodIs(String method, RequestKind kind) {
        if (kind == RequestKind.SEND && !sendMethods.contains(method)) {
            sendMethods.add(method);
        }
    }

    /** An HTTP request (a call or a batch) left for the portal. */
    public void requestSent() {
        requestsSent.increment();
    }

    /**
     * An HTTP request ended: with an answer ({@code failure} null, or the portal's refusal), or without. The portal's
     * health follows: credentials refused and the portal out of reach put it down; any other answer up again.
     */
    public void requestEnded(PortalException failure) {
        lastCallEnded = clock.instant();
        PortalHealth now = health;
        if (failure == null) {
            if (!now.up() || now.since() == null) {
                health = PortalHealth.up(lastCallEnded);
            }
            return;
        }
        String code = failure.getErrorCode();
        if (CREDENTIALS_REFUSED.contains(code) || UNREACHABLE.contains(code)
                || failure.getHttpStatus() >= 500 && !ErrorCodes.QUERY_LIMIT_EXCEEDED.equals(code)) {
            if (now.up() || !code.equals(now.errorCode())) {
                health = PortalHealth.down(code, failure.getMessage(), lastCallEnded);
            }
        } else if (!ErrorCodes.QUERY_LIMIT_EXCEEDED.equals(code) && !ErrorCodes.OPERATION_TIME_LIMIT.equals(code)
                && !ErrorCodes.STOPPED.equals(code) && (!now.up() || now.since() == null)) {
            // the portal answered and took the credentials: a wrong parameter is the call's fault, not the portal's
            health = PortalHealth.up(lastCallEnded);
        }
    }

    /**
     * The store of the rate shared with other replicas failed: calls cannot go, so the portal is down for this replica
     * until a call ends with the portal's answer again.
     */
    public void rateLimitStoreFailed(PortalException failure) {
        PortalHealth now = health;
        if (now.up() || !failure.getErrorCode().equals(now.errorCode())) {
            health = PortalHealth.down(failure.getErrorCode(), failure.getMessage(), clock.instant());
        }
    }

    /** The portal answered 503 QUERY_LIMIT_EXCEEDED (to a call, or a batch command). */
    public void queryLimitExceeded() {
        queryLimitExceeded.increment();
    }

    /** The portal answered 429 OPERATION_TIME_LIMIT (to a call, or a batch command). */
    public void operationTimeLimit() {
        operationTimeLimit.increment();
    }

    /** A batch of this many calls left. */
    public void batchSent(int calls) {
        batchesSent.increment();
        callsBatched.add(calls);
        lastBatchSize.set(calls);
    }

    /** Calls began (positive) or stopped (negative) waiting to be sent in a batch. */
    public void callsWaitingForBatch(int change) {
        callsWaitingForBatch.addAndGet(change);
    }

    /** A call is repeated. */
    public void retried(RetryCause cause) {
        retries.get(cause).increment();
    }

    /** A call failed as of unknown outcome. */
    public void outcomeUnknown() {
        outcomeUnknown.increment();
    }

    /**
     * Whether the portal takes calls: what the last answer told, and down while the operating limit pauses any of the
     * sends (the methods whose requests said they were sends), since the earliest of those pauses began. Once the
     * pauses are over, the state the answers told holds since the last of them ended, if that is later than the state
     * itself.
     */
    public PortalHealth health() {
        PortalHealth told = health;
        Map<String, Instant> paused = limiter.pausedUntil();
        Map<String, OperatingPause> pauses = limiter.lastPauses();
        String pausedMethod = null;
        Instant pausedSince = null;
        Instant lastPauseEnded = null;
        for (String method : sendMethods) {
            OperatingPause pause = pauses.get(method);
            if (pause == null) {
                continue;
            }
            if (paused.containsKey(method)) {
                if (pausedSince == null || pause.began().isBefore(pausedSince)) {
                    pausedMethod = method;
                    pausedSince = pause.began();
                }
            } else if (lastPauseEnded == null || pause.until().isAfter(lastPauseEnded)) {
                lastPauseEnded = pause.until();
            }
        }
        if (pausedMethod != null) {
            return PortalHealth.down(ErrorCodes.OPERATION_TIME_LIMIT, "The portal's operating limit pauses "
                                                                      + pausedMethod + " until " + paused.get(pausedMethod),
                    pausedSince);
        }
        if (lastPauseEnded != null && (told.since() == null || lastPauseEnded.isAfter(told.since()))) {
            return new PortalHealth(told.up(), told.errorCode(), told.message(), lastPauseEnded);
        }
        return told;
    }

    public Instant lastCallEnded() {
        return lastCallEnded;
    }

    public PortalFigures figures() {
        LimiterView limits = limiter;
        LimiterFigures limiterFigures = new LimiterFigures(
                limits.requestsPerSecond(), limits.burst(),
                limits.bucketLevel(), limits.requestsInFlight(), limits.requestsWaiting(), limits.oldestWait(),
                requestsSent.sum(), queryLimitExceeded.sum(), operationTimeLimit.sum(), limits.pausedUntil(),
                limits.operatingSeconds());
        BatchFigures batchFigures = new BatchFigures(
                batchesSent.sum(), callsBatched.sum(), lastBatchSize.get(),
                Math.max(0, callsWaitingForBatch.get()));
        Map<RetryCause, Long> retried = new EnumMap<>(RetryCause.class);
        retries.forEach((cause, count) -> retried.put(cause, count.sum()));
        List<OAuthFigures> applications = oauth.stream().map(OAuthView::figures).toList();
        return new PortalFigures(
                portal, limiterFigures, batchFigures, new RetryFigures(retried, outcomeUnknown.sum()),
                applications, health(), lastCallEnded);
    }
}
