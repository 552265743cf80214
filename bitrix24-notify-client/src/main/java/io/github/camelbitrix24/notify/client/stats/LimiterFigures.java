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
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A portal's request limits at one moment.
 *
 * @param requestsPerSecond  the drain rate the client keeps to; 0 for none
 * @param burst              the portal's bucket size
 * @param bucketLevel        requests counted in the bucket now (arrived and in flight)
 * @param requestsInFlight   requests sent, answer not back yet
 * @param requestsWaiting    requests waiting for their place in the rate
 * @param oldestWait         how long the oldest of them has waited
 * @param requestsSent       HTTP requests sent since the start (a batch is one)
 * @param queryLimitExceeded 503 QUERY_LIMIT_EXCEEDED answers seen, batch commands included
 * @param operationTimeLimit 429 OPERATION_TIME_LIMIT answers seen, batch commands included
 * @param pausedUntil        methods paused by the operating limit now, and until when
 * @param operatingSeconds   each method's execution time in the portal's current ten minutes
 */
public record LimiterFigures(double requestsPerSecond, int burst, double bucketLevel, int requestsInFlight,
        int requestsWaiting, Duration oldestWait, long requestsSent, long queryLimitExceeded,
        long operationTimeLimit, Map<String, Instant> pausedUntil,
        Map<String, Double> operatingSeconds) {

    /** The methods in name order, so that the console lists them alike from one look to the next. */
    public LimiterFigures {
        pausedUntil = Collections.unmodifiableMap(new TreeMap<>(pausedUntil));
        operatingSeconds = Collections.unmodifiableMap(new TreeMap<>(operatingSeconds));
    }
}
