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
 * Where the replicas of an application keep each portal's shared limits (the component's {@code rateLimitStore}):
 * {@link Bucket4jLimitsStore} over any Bucket4j store with string keys (Redis, Hazelcast, Infinispan, a database), or a
 * store of the application's own. Without one, each JVM keeps the portal's limit alone.
 */
public interface SharedLimitsStore {

    /**
     * The limits the replicas share for one portal at its rate: replicas asking for the same portal, rate and bucket
     * size share one budget.
     *
     * @param portal            the portal's key, e.g. its URL
     * @param requestsPerSecond the portal's drain rate, above 0
     * @param burst             the portal's bucket size
     */
    SharedLimits limitsOf(String portal, double requestsPerSecond, int burst);
}
