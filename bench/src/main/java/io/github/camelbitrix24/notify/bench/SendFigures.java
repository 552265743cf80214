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
package io.github.camelbitrix24.notify.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;

/**
 * What one run of sends did, as the route and the portal saw it. Every notification's text is unique, so a text stored
 * twice is a duplicate and a text never stored is lost.
 *
 * @param notifications      how many notifications the scenario sent
 * @param seconds            from the first send to the last exchange completed, as the route saw it
 * @param arrivalSeconds     from the first request's arrival at the portal to the last's, as the portal saw it
 * @param failedExchanges    exchanges that ended with an exception
 * @param stored             notifications the portal holds
 * @param duplicates         notifications stored more than once, counted beyond the first
 * @param queryLimitExceeded 503 QUERY_LIMIT_EXCEEDED answers the portal gave
 * @param httpRequests       HTTP requests the portal received
 */
record SendFigures(int notifications, double seconds, double arrivalSeconds, int failedExchanges, int stored, int duplicates,
        int queryLimitExceeded, int httpRequests) {

    static SendFigures of(Bitrix24Sandbox sandbox, int notifications, double seconds, int failedExchanges) {
        List<StoredNotification> inbox = sandbox.notifications(PortalSetup.RECIPIENT);
        Set<String> texts = new HashSet<>();
        inbox.forEach(notification -> texts.add(notification.text()));
        double arrivalSeconds = sandbox.arrivalSpan().toNanos() / 1e9;
        return new SendFigures(
                notifications, seconds, arrivalSeconds, failedExchanges, inbox.size(), inbox.size() - texts.size(),
                sandbox.answeredErrors("QUERY_LIMIT_EXCEEDED"), sandbox.httpRequestCount());
    }

    /** Notifications that never reached the portal. */
    int lost() {
        return notifications - (stored - duplicates);
    }

    /**
     * The best time the portal's limit allows: the first {@code burst} batches at once, the others at the drain rate,
     * 50 notifications each.
     */
    static double idealSeconds(int notifications, double requestsPerSecond, int burst) {
        int batches = (notifications + 49) / 50;
        return Math.max(0, batches - burst) / requestsPerSecond;
    }

    void print(Figures figures, String prefix, double requestsPerSecond, int burst) {
        double ideal = idealSeconds(notifications, requestsPerSecond, burst);
        figures.print(prefix + ".notifications", notifications);
        figures.print(prefix + ".ideal_seconds", ideal);
        // the portal's rate is judged on its own clock; the route's time adds the first and last round trips
        figures.print(prefix + ".portal_seconds", arrivalSeconds);
        figures.print(prefix + ".ratio_to_ceiling", ideal / arrivalSeconds);
        figures.print(prefix + ".route_seconds", seconds);
        figures.print(prefix + ".route_ratio", ideal / seconds);
        figures.print(prefix + ".query_limit_exceeded", queryLimitExceeded);
        figures.print(prefix + ".stored", stored);
        figures.print(prefix + ".duplicates", duplicates);
        figures.print(prefix + ".lost", lost());
        figures.print(prefix + ".failed_exchanges", failedExchanges);
        figures.print(prefix + ".http_requests", httpRequests);
    }
}
