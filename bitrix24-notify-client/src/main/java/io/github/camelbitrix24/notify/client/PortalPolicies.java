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

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.github.camelbitrix24.notify.client.batching.BatchCoalescer;
import io.github.camelbitrix24.notify.client.batching.CoalescingClient;
import io.github.camelbitrix24.notify.client.call.Bitrix24Client;
import io.github.camelbitrix24.notify.client.call.Completions;
import io.github.camelbitrix24.notify.client.call.DelayedSteps;
import io.github.camelbitrix24.notify.client.call.HttpTransport;
import io.github.camelbitrix24.notify.client.call.PortalAuth;
import io.github.camelbitrix24.notify.client.call.RestClient;
import io.github.camelbitrix24.notify.client.config.SharedLimits;
import io.github.camelbitrix24.notify.client.limits.LimitedClient;
import io.github.camelbitrix24.notify.client.limits.PortalLimits;
import io.github.camelbitrix24.notify.client.limits.StoreFailures;
import io.github.camelbitrix24.notify.client.retry.RetryPolicy;
import io.github.camelbitrix24.notify.client.retry.RetryingClient;
import io.github.camelbitrix24.notify.client.stats.OAuthView;
import io.github.camelbitrix24.notify.client.stats.PortalCounters;

/**
 * The policies around every portal client: one {@link PortalLimits} per portal, one {@link BatchCoalescer} per batch
 * lane, and the retries of each client. A client is wrapped, from the caller inwards, as retries, then coalescing, then
 * limits, then the transport client: a repeated call joins a new batch and waits for its place in the request rate like
 * any other. Each policy reads what a request is from the request itself
 * ({@link io.github.camelbitrix24.notify.client.call.RequestKind}, repeatable).
 */
public final class PortalPolicies {

    /**
     * Which clients may send each other's calls in one batch: the same credentials, transport and request timeout, and
     * the same batch settings.
     */
    private record BatchLane(PortalAuth auth, HttpTransport transport, long requestTimeout, int batchSize,
            long lingerMillis) {
    }

    private final DelayedSteps steps;
    private final Completions completions;
    private final Function<String, PortalCounters> statsOf;
    private final Consumer<String> portalAppeared;
    private final Consumer<String> portalGone;
    private final SharedByKey<String, PortalLimits> limitsByPortal;
    private final SharedByKey<BatchLane, BatchCoalescer> coalescers;

    /**
     * @param steps          runs every delayed step: no thread ever waits
     * @param completions    the threads that complete callers, where their routes go on
     * @param statsOf        the counters of a portal, by its key, which every policy counts in
     * @param portalAppeared told of a portal whose limits were made for its first client
     * @param portalGone     told of a portal whose limits were dropped with its last client
     */
    public PortalPolicies(DelayedSteps steps, Completions completions, Function<String, PortalCounters> statsOf,
                          Consumer<String> portalAppeared, Consumer<String> portalGone) {
        this(steps, completions, statsOf, portalAppeared, portalGone, 0, System::nanoTime);
    }

    /**
     * As above, keeping a portal's limits and batch lanes for an idle time after its last client is released.
     *
     * @param idleNanos how long a portal's limits and batch lanes stay without a client; 0 drops them with the last one
     * @param nanoClock the clock of the idle time
     */
    public PortalPolicies(DelayedSteps steps, Completions completions, Function<String, PortalCounters> statsOf,
                          Consumer<String> portalAppeared, Consumer<String> portalGone, long idleNanos,
                          LongSupplier nanoClock) {
        this.limitsByPortal = new SharedByKey<>(idleNanos, nanoClock);
        this.coalescers = new SharedByKey<>(idleNanos, nanoClock);
        this.steps = steps;
        this.completions = completions;
        this.statsOf = statsOf;
        this.portalAppeared = portalAppeared;
        this.portalGone = portalGone;
    }

    /**
     * Wraps a client of the portal in the policies of its portal.
     *
     * @throws IllegalArgumentException when another client of the same portal asked for another request rate
     */
    public LeasedClient wrap(RestClient rest, PolicySettings settings) {
        String portal = rest.auth().portalKey();
        PortalCounters stats = statsOf.apply(portal);
        if (rest.auth() instanceof OAuthView application) {
            stats.oauth(application);
        }
        LimitedClient limited = new LimitedClient(rest, limitsOf(portal, settings, stats), steps);
        Bitrix24Client client = limited;
        BatchLane lane = settings.batchSize() > 1
                ? new BatchLane(
                        rest.auth(), rest.transport(), rest.requestTimeout(),
                        settings.batchSize(), settings.batchLingerMillis())
                : null;
        if (lane != null) {
            BatchCoalescer coalescer = coalescers.acquire(lane,
                    key -> new BatchCoalescer(limited, key.batchSize(), key.lingerMillis(), steps, completions, stats));
            client = new CoalescingClient(client, coalescer);
        }
        if (settings.maxRetries() > 0) {
            client = new RetryingClient(
                    client, new RetryPolicy(settings.maxRetries(), settings.retryDelayMillis()),
                    steps, stats);
        }
        return new LeasedClient(client, () -> {
            if (limitsByPortal.release(portal)) {
                portalGone.accept(portal);
            }
            if (lane != null) {
                coalescers.release(lane);
            }
        });
    }

    /** How many portals have limits in use, and how many batch lanes: for checks that nothing is left behind. */
    public int portalsInUse() {
        return limitsByPortal.size();
    }

    /** How many portals have limits: in use, or idle and not yet released. */
    public int portalsLive() {
        return limitsByPortal.live();
    }

    /**
     * Drops the limits and batch lanes idle for the idle time: no client holds them, so no call is in flight or queued
     * in them (a client is held until its last call ends). The next client of the portal makes them anew.
     *
     * @return how many portals' limits were dropped
     */
    public int releaseIdle() {
        coalescers.dropIdle();
        List<String> gone = limitsByPortal.dropIdle();
        gone.forEach(portalGone);
        return gone.size();
    }

    public int batchLanesInUse() {
        return coalescers.size();
    }

    private PortalLimits limitsOf(String portalKey, PolicySettings settings, PortalCounters stats) {
        PortalLimits limits = limitsByPortal.acquire(portalKey, portal -> {
            portalAppeared.accept(portal);
            return PortalLimits.systemClock(portal, settings.requestsPerSecond(), settings.burst(), steps, stats,
                    shared(portal, settings, stats));
        });
        if (!limits.hasRate(settings.requestsPerSecond(), settings.burst())) {
            limitsByPortal.release(portalKey);
            throw new IllegalArgumentException(
                    "Endpoints of " + portalKey + " ask for different request limits ("
                                               + describe(settings) + " here): the portal has one limit for all, so set "
                                               + "plan, requestsPerSecond and burst on the component");
        }
        return limits;
    }

    private static SharedLimits shared(String portal, PolicySettings settings, PortalCounters stats) {
        return settings.rateLimitStore() == null || !(settings.requestsPerSecond() > 0)
                ? null
                : new StoreFailures(
                        settings.rateLimitStore().limitsOf(portal, settings.requestsPerSecond(),
                                settings.burst()),
                        portal, stats::rateLimitStoreFailed);
    }

    private static String describe(PolicySettings settings) {
        return settings.requestsPerSecond() > 0
                ? settings.requestsPerSecond() + " requests/s, burst " + settings.burst() : "unlimited";
    }
}
