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
package io.github.camelbitrix24.notify.support;

import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;

/** Camel's health checks as camel-main and Spring Boot set them up, for tests. */
public final class HealthChecks {

    private HealthChecks() {
    }

    /**
     * Enables a repository of checks, as {@code camel.health.consumersEnabled=true} or
     * {@code camel.health.producersEnabled=true} does.
     *
     * @param repository {@code consumers} or {@code producers}
     */
    public static void enable(CamelContext context, String repository) {
        HealthCheckRegistry registry = context.getCamelContextExtension().getContextPlugin(HealthCheckRegistry.class);
        HealthCheckRepository checks = registry.getRepository(repository)
                .orElse((HealthCheckRepository) registry.resolveById(repository));
        checks.setEnabled(true);
        registry.register(checks);
    }

    /** The readiness result of the producers' check of one portal; empty when there is none. */
    public static Optional<HealthCheck.Result> producerReadiness(CamelContext context, String portalUrl) {
        return readiness(context, "producer:bitrix24-notify:" + portalUrl);
    }

    /** The readiness result of one check, by its id; empty when there is no such check. */
    public static Optional<HealthCheck.Result> readiness(CamelContext context, String id) {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(result -> result.getCheck().getId().equals(id))
                .findFirst();
    }
}
