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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** What a portal's limits hold right now: read when someone looks, never kept. */
public interface LimiterView {

    /** The portal's drain rate; 0 when the client keeps no request-rate limit. */
    double requestsPerSecond();

    /** The portal's bucket size. */
    int burst();

    /**
     * The requests the client counts in the portal's bucket now: those arrived (drained to now) and those in flight.
     */
    double bucketLevel();

    /** Requests sent whose answer has not come back. */
    int requestsInFlight();

    /** Requests waiting for their place in the request rate. */
    int requestsWaiting();

    /** How long the oldest waiting request has waited; zero when none waits. */
    Duration oldestWait();

    /** The methods the portal's operating limit pauses now, and until when. */
    Map<String, Instant> pausedUntil();

    /** Each method's last pause by the operating limit, going on or over; none for a method never paused. */
    Map<String, OperatingPause> lastPauses();

    /** Each method's execution time in the portal's current ten minutes, as last reported. */
    Map<String, Double> operatingSeconds();
}
