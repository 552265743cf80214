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

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.camelbitrix24.notify.client.stats.OAuthFigures;
import io.github.camelbitrix24.notify.client.stats.PortalFigures;
import io.github.camelbitrix24.notify.client.stats.RetryCause;

/**
 * The figures of every portal of a component added up, for JMX attributes, which are flat: most applications call one
 * portal, and the per-portal figures are one operation away.
 */
public record PortalFiguresSum(Collection<PortalFigures> portals) {

    public long requestsSent() {
        return portals.stream().mapToLong(p -> p.limiter().requestsSent()).sum();
    }

    public long queryLimitExceeded() {
        return portals.stream().mapToLong(p -> p.limiter().queryLimitExceeded()).sum();
    }

    public long operationTimeLimit() {
        return portals.stream().mapToLong(p -> p.limiter().operationTimeLimit()).sum();
    }

    /** The fullest bucket. */
    public double bucketLevel() {
        return portals.stream().mapToDouble(p -> p.limiter().bucketLevel()).max().orElse(0);
    }

    public int requestsWaiting() {
        return portals.stream().mapToInt(p -> p.limiter().requestsWaiting()).sum();
    }

    public long oldestWaitMillis() {
        return portals.stream().mapToLong(p -> p.limiter().oldestWait().toMillis()).max().orElse(0);
    }

    /** "method until time" for every paused method, comma-separated; empty when none. */
    public String pausedMethods() {
        return portals.stream().flatMap(p -> p.limiter().pausedUntil().entrySet().stream())
                .map(entry -> entry.getKey() + " until " + entry.getValue()).collect(Collectors.joining(", "));
    }

    public long batchesSent() {
        return portals.stream().mapToLong(p -> p.batching().batchesSent()).sum();
    }

    public double averageBatchSize() {
        long batches = batchesSent();
        return batches == 0 ? 0 : (double) portals.stream().mapToLong(p -> p.batching().callsBatched()).sum() / batches;
    }

    public int callsWaitingForBatch() {
        return portals.stream().mapToInt(p -> p.batching().callsWaiting()).sum();
    }

    public long retries(RetryCause cause) {
        return portals.stream().mapToLong(p -> p.retries().retried(cause)).sum();
    }

    public long outcomeUnknown() {
        return portals.stream().mapToLong(p -> p.retries().outcomeUnknown()).sum();
    }

    /** The earliest expiry of an OAuth access token in use; null without OAuth. */
    public Instant accessTokenExpiresAt() {
        return oauth().map(OAuthFigures::accessTokenExpiresAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
    }

    public Instant lastRenewal() {
        return oauth().map(OAuthFigures::lastRenewal).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    public long renewalsRefused() {
        return oauth().mapToLong(OAuthFigures::renewalsRefused).sum();
    }

    /** The last refusal of each application that had one, comma-separated; empty when none. */
    public String lastRenewalRefusal() {
        return oauth().map(OAuthFigures::lastRefusal).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    /** {@code UP}, or {@code DOWN} with each down portal's error code. */
    public String health() {
        String down = portals.stream().filter(p -> !p.health().up())
                .map(p -> p.portal() + " " + p.health().errorCode()).collect(Collectors.joining(", "));
        return down.isEmpty() ? "UP" : "DOWN: " + down;
    }

    private Stream<OAuthFigures> oauth() {
        return portals.stream().flatMap(p -> p.oauth().stream());
    }
}
