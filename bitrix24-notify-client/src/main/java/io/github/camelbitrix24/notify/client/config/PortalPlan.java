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
package io.github.camelbitrix24.notify.client.config;

/**
 * The request-rate limit of a Bitrix24 plan: the portal's leaky bucket drains {@code requestsPerSecond} and refuses
 * requests with 503 QUERY_LIMIT_EXCEEDED once more than {@code burst} are waiting in it.
 */
public enum PortalPlan {

    /** Every cloud plan but Enterprise: 2 requests per second, bucket of 50. */
    STANDARD(2, 50),
    /** Enterprise cloud plans: 5 requests per second, bucket of 250. */
    ENTERPRISE(5, 250),
    /** No request-rate limit, as on a self-hosted portal that does not enable one. */
    UNLIMITED(0, 0);

    private final double requestsPerSecond;
    private final int burst;

    PortalPlan(double requestsPerSecond, int burst) {
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
    }

    /** The drain rate of the portal's bucket; 0 when unlimited. */
    public double requestsPerSecond() {
        return requestsPerSecond;
    }

    /** The requests the portal's bucket holds before it refuses more; 0 when unlimited. */
    public int burst() {
        return burst;
    }
}
