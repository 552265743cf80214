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

import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Shared limits in a Bucket4j store: any {@link ProxyManager} with string keys (Lettuce's on Redis, Hazelcast,
 * Infinispan, JDBC). Bucket4j is an optional dependency of the client: an application that names this store brings
 * {@code bucket4j_jdk17-core} and the Bucket4j module of its store.
 * <p>
 * Keys: {@code bitrix24-notify:<portal>:...}, in whatever namespace the {@code ProxyManager} maps them to.
 */
public final class Bucket4jLimitsStore implements SharedLimitsStore {

    private final ProxyManager<String> buckets;

    /** @param buckets the Bucket4j store the replicas share */
    public Bucket4jLimitsStore(ProxyManager<String> buckets) {
        this.buckets = buckets;
    }

    @Override
    public SharedLimits limitsOf(String portal, double requestsPerSecond, int burst) {
        return new Bucket4jSharedLimits(buckets, portal, requestsPerSecond, burst);
    }
}
