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
import java.util.Map;

import io.github.camelbitrix24.notify.client.call.CompletionFigures;
import io.github.camelbitrix24.notify.client.stats.BatchFigures;
import io.github.camelbitrix24.notify.client.stats.LimiterFigures;
import io.github.camelbitrix24.notify.client.stats.OAuthFigures;
import io.github.camelbitrix24.notify.client.stats.PortalFigures;
import io.github.camelbitrix24.notify.client.stats.PortalHealth;
import io.github.camelbitrix24.notify.client.stats.RetryCause;
import io.github.camelbitrix24.notify.client.stats.RetryFigures;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/** The figures as JSON, for the dev console and JMX: times as ISO-8601 text, durations in milliseconds. */
public final class FiguresJson {

    private FiguresJson() {
    }

    /**
     * Every portal's and consumer's figures of these components, and their completion threads added up:
     * {@code {"portals": [...], "consumers": [...], "completionThreads": {...}}}.
     */
    public static JsonObject of(Collection<? extends FigureSource> sources) {
        JsonArray portals = new JsonArray();
        JsonArray consumers = new JsonArray();
        CompletionFigures threads = new CompletionFigures(0, 0, 0, 0, 0, 0, 0, 0);
        for (FigureSource source : sources) {
            source.portals().forEach(portal -> portals.add(portal(portal)));
            source.consumers().forEach(consumer -> consumers.add(consumer(consumer)));
            threads = threads.plus(source.completionThreads());
        }
        JsonObject json = new JsonObject();
        json.put("portals", portals);
        json.put("consumers", consumers);
        json.put("completionThreads", completionThreads(threads));
        return json;
    }

    public static JsonObject completionThreads(CompletionFigures threads) {
        JsonObject json = new JsonObject();
        json.put("size", threads.size());
        json.put("ceiling", threads.ceiling());
        json.put("threads", threads.threads());
        json.put("busy", threads.busy());
        json.put("largest", threads.largest());
        json.put("answersWaiting", threads.answersWaiting());
        json.put("threadsAdded", threads.threadsAdded());
        json.put("ceilingReached", threads.ceilingReached());
        return json;
    }

    public static JsonObject portal(PortalFigures portal) {
        JsonObject json = new JsonObject();
        json.put("portal", portal.portal());
        json.put("health", health(portal.health()));
        json.put("lastCallEnded", text(portal.lastCallEnded()));
        json.put("limiter", limiter(portal.limiter()));
        json.put("batching", batching(portal.batching()));
        json.put("retries", retries(portal.retries()));
        JsonArray applications = new JsonArray();
        portal.oauth().forEach(application -> applications.add(oauth(application)));
        json.put("oauth", applications);
        return json;
    }

    public static JsonObject consumer(ConsumerFigures consumer) {
        JsonObject json = new JsonObject();
        json.put("routeId", consumer.routeId());
        json.put("endpoint", consumer.endpoint());
        json.put("lastDeliveredId", consumer.lastDeliveredId());
        json.put("lastPoll", text(consumer.lastPoll()));
        json.put("lastPollOutcome", consumer.lastPollOutcome());
        json.put("delivered", consumer.delivered());
        json.put("pagesRead", consumer.pagesRead());
        json.put("readMarksPending", consumer.readMarksPending());
        return json;
    }

    private static JsonObject health(PortalHealth health) {
        JsonObject json = new JsonObject();
        json.put("state", health.up() ? "UP" : "DOWN");
        json.put("errorCode", health.errorCode());
        json.put("message", health.message());
        json.put("since", text(health.since()));
        return json;
    }

    private static JsonObject limiter(LimiterFigures limiter) {
        JsonObject json = new JsonObject();
        json.put("requestsPerSecond", limiter.requestsPerSecond());
        json.put("burst", limiter.burst());
        json.put("bucketLevel", round(limiter.bucketLevel()));
        json.put("requestsInFlight", limiter.requestsInFlight());
        json.put("requestsWaiting", limiter.requestsWaiting());
        json.put("oldestWaitMillis", limiter.oldestWait().toMillis());
        json.put("requestsSent", limiter.requestsSent());
        json.put("queryLimitExceeded", limiter.queryLimitExceeded());
        json.put("operationTimeLimit", limiter.operationTimeLimit());
        JsonObject paused = new JsonObject();
        limiter.pausedUntil().forEach((method, until) -> paused.put(method, until.toString()));
        json.put("pausedUntil", paused);
        JsonObject operating = new JsonObject();
        limiter.operatingSeconds().forEach((method, seconds) -> operating.put(method, round(seconds)));
        json.put("operatingSeconds", operating);
        return json;
    }

    private static JsonObject batching(BatchFigures batching) {
        JsonObject json = new JsonObject();
        json.put("batchesSent", batching.batchesSent());
        json.put("callsBatched", batching.callsBatched());
        json.put("averageBatchSize", round(batching.averageBatchSize()));
        json.put("lastBatchSize", batching.lastBatchSize());
        json.put("callsWaiting", batching.callsWaiting());
        return json;
    }

    private static JsonObject retries(RetryFigures retries) {
        JsonObject json = new JsonObject();
        JsonObject byCause = new JsonObject();
        for (Map.Entry<RetryCause, Long> entry : retries.retries().entrySet()) {
            byCause.put(entry.getKey().name(), entry.getValue());
        }
        json.put("byCause", byCause);
        json.put("outcomeUnknown", retries.outcomeUnknown());
        return json;
    }

    private static JsonObject oauth(OAuthFigures application) {
        JsonObject json = new JsonObject();
        json.put("application", application.application());
        json.put("accessTokenExpiresAt", text(application.accessTokenExpiresAt()));
        json.put("lastRenewal", text(application.lastRenewal()));
        json.put("renewals", application.renewals());
        json.put("renewalsRefused", application.renewalsRefused());
        json.put("lastRefusal", application.lastRefusal());
        return json;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
