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

import io.github.camelbitrix24.notify.client.config.SharedLimitsStore;

/**
 * The policies an endpoint's client runs under.
 *
 * @param requestsPerSecond the portal's request rate; 0 for no client-side rate limit
 * @param burst             the portal's bucket size
 * @param maxRetries        how many times a failed call is repeated; 0 never
 * @param retryDelayMillis  the delay before the first repetition, doubled for each next one
 * @param batchSize         the most sends coalesced into one batch call; 1 for no coalescing
 * @param batchLingerMillis how long a batch waits for more sends after its first
 * @param rateLimitStore    where replicas share the portal's rate and pauses; null when this JVM keeps them alone
 */
public record PolicySettings(double requestsPerSecond, int burst, int maxRetries, long retryDelayMillis, int batchSize,
        long batchLingerMillis, SharedLimitsStore rateLimitStore) {
}
