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
import java.util.stream.Collectors;

import io.github.camelbitrix24.notify.client.call.CompletionFigures;
import io.github.camelbitrix24.notify.client.stats.BatchFigures;
import io.github.camelbitrix24.notify.client.stats.LimiterFigures;
import io.github.camelbitrix24.notify.client.stats.OAuthFigures;
import io.github.camelbitrix24.notify.client.stats.PortalFigures;
import io.github.camelbitrix24.notify.client.stats.PortalHealth;
import io.github.camelbitrix24.notify.client.stats.RetryFigures;

/** The figures as text, for the dev console: a block per portal and per consumer, one figure a line. */
public final class FiguresText {

    private FiguresText() {
    }

    public static String portal(PortalFigures portal) {
        StringBuilder text = new StringBuilder();
        PortalHealth health = portal.health();
        text.append("Portal: ").append(portal.portal()).append('\n');
        text.append("    Health: ").append(health.up() ? "UP" : "DOWN " + health.errorCode() + " (" + health.message() + ")")
                .append(health.since() == null ? "" : " since " + health.since()).append('\n');
        line(text, "Last call ended", text(portal.lastCallEnded()));
        LimiterFigures limiter = portal.limiter();
        line(text, "Limiter", limiter.requestsPerSecond() > 0
                ? String.format("%.3f of %d in the bucket (%.1f requests/s), %d in flight, %d waiting (oldest %d ms)",
                        limiter.bucketLevel(), limiter.burst(), limiter.requestsPerSecond(), limiter.requestsInFlight(),
                        limiter.requestsWaiting(), limiter.oldestWait().toMillis())
                : "no request-rate limit kept");
        line(text, "Requests sent", limiter.requestsSent() + " (503 QUERY_LIMIT_EXCEEDED: " + limiter.queryLimitExceeded()
                                    + ", 429 OPERATION_TIME_LIMIT: " + limiter.operationTimeLimit() + ")");
        line(text, "Paused methods", limiter.pausedUntil().isEmpty()
                ? "none" : limiter.pausedUntil().entrySet().stream()
                        .map(entry -> entry.getKey() + " until " + entry.getValue()).collect(Collectors.joining(", ")));
        line(text, "Operating seconds", limiter.operatingSeconds().isEmpty()
                ? "none reported" : limiter.operatingSeconds()
                        .entrySet().stream().map(entry -> String.format("%s %.3f s", entry.getKey(), entry.getValue()))
                        .collect(Collectors.joining(", ")));
        BatchFigures batching = portal.batching();
        line(text, "Batches", String.format("%d sent, %.1f calls on average, last %d, %d calls waiting",
                batching.batchesSent(), batching.averageBatchSize(), batching.lastBatchSize(), batching.callsWaiting()));
        RetryFigures retries = portal.retries();
        line(text, "Retries", retries.retries().entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", ")) + "; failed as of unknown outcome: " + retries.outcomeUnknown());
        for (OAuthFigures application : portal.oauth()) {
            line(text, "OAuth " + application.application(), "access token expires " + text(application.accessTokenExpiresAt())
                                                             + ", last renewal " + text(application.lastRenewal())
                                                             + ", renewals " + application.renewals()
                                                             + ", refused " + application.renewalsRefused()
                                                             + (application.lastRefusal() == null
                                                                     ? "" : " (last: " + application.lastRefusal() + ")"));
        }
        return text.toString();
    }

    /** The completion threads: the pool now, and what its watchdog did. */
    public static String completionThreads(CompletionFigures threads) {
        return String.format("Completion threads: %d (%d busy, pool size %d, ceiling %d, largest %d), %d answers waiting;"
                             + " added by the watchdog %d, ceiling reached %d times%n",
                threads.threads(), threads.busy(),
                threads.size(), threads.ceiling(), threads.largest(), threads.answersWaiting(), threads.threadsAdded(),
                threads.ceilingReached());
    }

    public static String consumer(ConsumerFigures consumer) {
        StringBuilder text = new StringBuilder();
        text.append("Consumer: ").append(consumer.routeId()).append(" (").append(consumer.endpoint()).append(")\n");
        line(text, "Last delivered id", String.valueOf(consumer.lastDeliveredId()));
        line(text, "Last poll",
                text(consumer.lastPoll()) + (consumer.lastPollOutcome() == null ? "" : ": " + consumer.lastPollOutcome()));
        line(text, "Delivered", String.valueOf(consumer.delivered()));
        line(text, "Pages read", String.valueOf(consumer.pagesRead()));
        line(text, "Read marks pending", String.valueOf(consumer.readMarksPending()));
        return text.toString();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append("    ").append(name).append(": ").append(value).append('\n');
    }

    private static String text(Instant instant) {
        return instant == null ? "never" : instant.toString();
    }
}
