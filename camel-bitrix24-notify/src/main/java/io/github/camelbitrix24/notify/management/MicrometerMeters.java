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
package io.github.camelbitrix24.notify.management;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import io.github.camelbitrix24.notify.client.call.CompletionFigures;
import io.github.camelbitrix24.notify.client.stats.OAuthFigures;
import io.github.camelbitrix24.notify.client.stats.PortalFigures;
import io.github.camelbitrix24.notify.client.stats.RetryCause;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;

/**
 * The figures as Micrometer meters, named {@code camel.bitrix24.notify.*} (Prometheus: {@code camel_bitrix24_notify_*})
 * and tagged, as camel-micrometer's meters are, with the {@code camelContext}, and with the {@code portal} or the
 * consumer's {@code routeId} (the completion threads' with the context only). A scrape reads one snapshot per portal,
 * and one of the completion threads, at most every half second, whatever the number of meters.
 */
final class MicrometerMeters implements MeterBinding {

    private static final String PREFIX = "camel.bitrix24.notify.";
    private static final long FRESH_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    /**
     * One portal's snapshot, or the completion threads', taken again when a scrape finds it older than half a second.
     */
    private static final class RecentFigures<T> {
        private final Supplier<T> source;
        private T last;
        private long takenAt;

        RecentFigures(Supplier<T> source) {
            this.source = source;
        }

        synchronized T get() {
            long now = System.nanoTime();
            if (last == null || now - takenAt > FRESH_NANOS) {
                last = source.get();
                takenAt = now;
            }
            return last;
        }
    }

    private final MeterRegistry registry;
    private final Tags contextTags;
    private final Collection<String> methods;
    /** Meters hold their source weakly: the sources live here as long as the meters. */
    private final Map<String, RecentFigures<PortalFigures>> portals = new ConcurrentHashMap<>();
    private final Map<String, Supplier<ConsumerFigures>> consumers = new ConcurrentHashMap<>();
    private volatile RecentFigures<CompletionFigures> completionThreads;
    private final Map<String, List<Meter>> metersByOwner = new ConcurrentHashMap<>();

    private MicrometerMeters(MeterRegistry registry, String camelContext, Collection<String> methods) {
        this.registry = registry;
        this.contextTags = Tags.of("camelContext", camelContext);
        this.methods = List.copyOf(methods);
    }

    static MeterBinding bind(CamelContext context, Collection<String> methods) {
        MeterRegistry registry = registryOf(context);
        return registry == null ? NONE : new MicrometerMeters(registry, context.getName(), methods);
    }

    /** The one registry, else camel-micrometer's, else the composite of several (Spring Boot's), else none. */
    private static MeterRegistry registryOf(CamelContext context) {
        MeterRegistry single = context.getRegistry().findSingleByType(MeterRegistry.class);
        if (single != null) {
            return single;
        }
        MeterRegistry named = context.getRegistry().lookupByNameAndType("metricsRegistry", MeterRegistry.class);
        if (named != null) {
            return named;
        }
        Set<MeterRegistry> all = context.getRegistry().findByType(MeterRegistry.class);
        return all.stream().filter(CompositeMeterRegistry.class::isInstance).findFirst()
                .orElse(all.stream().findFirst().orElse(null));
    }

    @Override
    public void portal(String portal, Supplier<PortalFigures> figures) {
        RecentFigures<PortalFigures> snapshots = new RecentFigures<>(figures);
        if (portals.putIfAbsent(portal, snapshots) != null) {
            return;
        }
        Tags tags = contextTags.and("portal", portal);
        List<Meter> meters = new ArrayList<>();
        meters.add(counter("requests.sent", "HTTP requests sent to the portal (a batch is one)", tags, snapshots,
                s -> s.limiter().requestsSent()));
        meters.add(
                counter("portal.refusals", "Calls the portal refused for its limits", tags.and("code", "QUERY_LIMIT_EXCEEDED"),
                        snapshots, s -> s.limiter().queryLimitExceeded()));
        meters.add(
                counter("portal.refusals", "Calls the portal refused for its limits", tags.and("code", "OPERATION_TIME_LIMIT"),
                        snapshots, s -> s.limiter().operationTimeLimit()));
        meters.add(gauge("bucket.level", "Requests counted in the portal's request-rate bucket", tags, snapshots,
                s -> s.limiter().bucketLevel()));
        meters.add(gauge("bucket.size", "The portal's request-rate bucket size", tags, snapshots, s -> s.limiter().burst()));
        meters.add(gauge("requests.in.flight", "Requests sent whose answer has not come back", tags, snapshots,
                s -> s.limiter().requestsInFlight()));
        meters.add(gauge("requests.waiting", "Requests waiting for their place in the request rate", tags, snapshots,
                s -> s.limiter().requestsWaiting()));
        meters.add(timeGauge("requests.oldest.wait", "How long the oldest waiting request has waited", tags, snapshots,
                s -> s.limiter().oldestWait().toNanos() / 1e9));
        meters.add(gauge("operating.paused.methods", "Methods the portal's operating limit pauses now", tags, snapshots,
                s -> s.limiter().pausedUntil().size()));
        for (String method : methods) {
            meters.add(gauge("operating.seconds", "A method's execution time in the portal's current ten minutes",
                    tags.and("method", method), snapshots, s -> s.limiter().operatingSeconds().getOrDefault(method, 0.0)));
        }
        meters.add(counter("batches.sent", "Batch calls sent", tags, snapshots, s -> s.batching().batchesSent()));
        meters.add(counter("batch.calls", "Calls sent in batches", tags, snapshots, s -> s.batching().callsBatched()));
        meters.add(gauge("batch.last.size", "The calls of the last batch sent", tags, snapshots,
                s -> s.batching().lastBatchSize()));
        meters.add(gauge("batch.calls.waiting", "Calls waiting to be sent in a batch", tags, snapshots,
                s -> s.batching().callsWaiting()));
        for (RetryCause cause : RetryCause.values()) {
            meters.add(counter("retries", "Calls repeated, by cause", tags.and("cause", cause.name()), snapshots,
                    s -> s.retries().retried(cause)));
        }
        meters.add(counter("outcome.unknown", "Calls failed as of unknown outcome (not safe to repeat)", tags, snapshots,
                s -> s.retries().outcomeUnknown()));
        meters.add(timeGauge("oauth.token.expires.in", "Time until the earliest OAuth access token expires", tags,
                snapshots, MicrometerMeters::secondsToEarliestExpiry));
        meters.add(counter("oauth.renewals", "OAuth access-token renewals that succeeded", tags, snapshots,
                s -> s.oauth().stream().mapToLong(OAuthFigures::renewals).sum()));
        meters.add(counter("oauth.renewals.refused", "OAuth access-token renewals that failed", tags, snapshots,
                s -> s.oauth().stream().mapToLong(OAuthFigures::renewalsRefused).sum()));
        meters.add(gauge("portal.up", "1 while the portal takes calls, 0 while it is down", tags, snapshots,
                s -> s.health().up() ? 1 : 0));
        metersByOwner.put("portal:" + portal, meters);
    }

    @Override
    public void completionThreads(Supplier<CompletionFigures> figures) {
        RecentFigures<CompletionFigures> snapshots = new RecentFigures<>(figures);
        completionThreads = snapshots;
        List<Meter> meters = new ArrayList<>();
        meters.add(gauge("completion.threads", "Threads of the pool where the routes go on after an answer", contextTags,
                snapshots, CompletionFigures::threads));
        meters.add(gauge("completion.threads.busy", "Completion threads running a route now", contextTags, snapshots,
                CompletionFigures::busy));
        meters.add(gauge("completion.threads.ceiling", "The most threads the watchdog grows the completion pool to",
                contextTags, snapshots, CompletionFigures::ceiling));
        meters.add(gauge("completion.answers.waiting", "Answers waiting for a completion thread", contextTags, snapshots,
                CompletionFigures::answersWaiting));
        meters.add(counter("completion.threads.added", "Completion threads the watchdog started (every thread held)",
                contextTags, snapshots, CompletionFigures::threadsAdded));
        meters.add(counter("completion.threads.ceiling.reached", "Times every completion thread was held at the ceiling",
                contextTags, snapshots, CompletionFigures::ceilingReached));
        metersByOwner.put("completionThreads", meters);
    }

    @Override
    public void consumerStarted(String routeId, Supplier<ConsumerFigures> figures) {
        String key = Objects.requireNonNullElse(routeId, "");
        consumers.put(key, figures);
        Tags tags = contextTags.and("routeId", key);
        List<Meter> meters = new ArrayList<>();
        meters.add(FunctionCounter.builder(PREFIX + "consumer.delivered", figures, f -> of(f, ConsumerFigures::delivered))
                .description("Notifications delivered to the route").tags(tags).register(registry));
        meters.add(FunctionCounter.builder(PREFIX + "consumer.pages.read", figures, f -> of(f, ConsumerFigures::pagesRead))
                .description("im.notify.get pages read, backlogs walked included").tags(tags).register(registry));
        meters.add(Gauge.builder(PREFIX + "consumer.last.delivered.id", figures, f -> of(f, ConsumerFigures::lastDeliveredId))
                .description("The cursor: the id of the last notification delivered").tags(tags).register(registry));
        meters.add(Gauge.builder(PREFIX + "consumer.read.marks.pending", figures,
                f -> of(f, ConsumerFigures::readMarksPending))
                .description("Delivered notifications waiting to be marked read").tags(tags).register(registry));
        meters.add(TimeGauge.builder(PREFIX + "consumer.last.poll.age", figures, TimeUnit.SECONDS,
                f -> of(f, consumer -> secondsSince(consumer.lastPoll())))
                .description("Time since the last poll ended").tags(tags).register(registry));
        metersByOwner.put("consumer:" + key, meters);
    }

    @Override
    public void consumerStopped(String routeId) {
        String key = Objects.requireNonNullElse(routeId, "");
        consumers.remove(key);
        remove("consumer:" + key);
    }

    @Override
    public void close() {
        new ArrayList<>(metersByOwner.keySet()).forEach(this::remove);
        portals.clear();
        consumers.clear();
        completionThreads = null;
    }

    private void remove(String owner) {
        List<Meter> meters = metersByOwner.remove(owner);
        if (meters != null) {
            meters.forEach(registry::remove);
        }
    }

    private <T> Meter counter(
            String name, String description, Tags tags, RecentFigures<T> snapshots,
            ToDoubleFunction<T> value) {
        return FunctionCounter.builder(PREFIX + name, snapshots, s -> value.applyAsDouble(s.get()))
                .description(description).tags(tags).register(registry);
    }

    private <T> Meter gauge(
            String name, String description, Tags tags, RecentFigures<T> snapshots,
            ToDoubleFunction<T> value) {
        return Gauge.builder(PREFIX + name, snapshots, s -> value.applyAsDouble(s.get()))
                .description(description).tags(tags).register(registry);
    }

    private Meter timeGauge(
            String name, String description, Tags tags, RecentFigures<PortalFigures> snapshots,
            ToDoubleFunction<PortalFigures> seconds) {
        return TimeGauge.builder(PREFIX + name, snapshots, TimeUnit.SECONDS, s -> seconds.applyAsDouble(s.get()))
                .description(description).tags(tags).register(registry);
    }

    private static double secondsToEarliestExpiry(PortalFigures snapshot) {
        return snapshot.oauth().stream().map(OAuthFigures::accessTokenExpiresAt).filter(Objects::nonNull)
                .min(Instant::compareTo).map(expiry -> Duration.between(Instant.now(), expiry).toMillis() / 1000.0)
                .orElse(Double.NaN);
    }

    /** A consumer's figure; NaN while its route runs no consumer (a standby replica under master:). */
    private static double of(Supplier<ConsumerFigures> figures, ToDoubleFunction<ConsumerFigures> value) {
        ConsumerFigures now = figures.get();
        return now == null ? Double.NaN : value.applyAsDouble(now);
    }

    private static double secondsSince(Instant instant) {
        return instant == null ? Double.NaN : Duration.between(instant, Instant.now()).toMillis() / 1000.0;
    }
}
