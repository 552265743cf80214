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
package io.github.camelbitrix24.notify;

import java.util.ArrayList;
import java.util.List;

import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Endpoints made per tenant (a toD with one webhook per customer portal) share each portal's limits and batches while
 * they run, and leave nothing behind once Camel stops them: explicitly, or when a toD's cache of producers evicts them
 * (Camel then stops the producer and its endpoint).
 */
class EndpointsPerTenantTest extends SandboxTestSupport {

    /** The most producers, and so endpoints, the per-tenant toD keeps. */
    private static final int TENANTS_CACHED = 5;
    /** A toD that keeps one producer: each new tenant evicts the one before. */
    private static final String ONE_TENANT_CACHED = "direct:oneTenantCached";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tenant")
                        .toD("bitrix24-notify:notify?userId=5&batchSize=10&maxRetries=0&webhookUrl=RAW(${header.webhook})",
                                TENANTS_CACHED);
                from(ONE_TENANT_CACHED)
                        .toD("bitrix24-notify:notify?userId=5&batchSize=10&maxRetries=0&webhookUrl=RAW(${header.webhook})", 1);
            }
        };
    }

    @Test
    void stoppedEndpointsLeaveNoLimitsNorBatchesBehind() throws Exception {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        List<Endpoint> endpoints = new ArrayList<>();
        for (int tenant = 0; tenant < 50; tenant++) {
            String webhook = "https://tenant-" + tenant + ".example.com/rest/1/code" + tenant + "/";
            endpoints.add(context.getEndpoint("bitrix24-notify:notify?userId=5&batchSize=10&webhookUrl=RAW(" + webhook + ")"));
            // a second endpoint of the same tenant shares its portal's limits and its batch lane
            endpoints.add(
                    context.getEndpoint("bitrix24-notify:systemAdd?userId=6&batchSize=10&webhookUrl=RAW(" + webhook + ")"));
        }
        // each with a producer that runs: the share goes with the endpoint's stop all the same
        for (Endpoint endpoint : endpoints) {
            ServiceHelper.startService(endpoint.createProducer());
        }

        assertThat(component.clients().portalsInUse()).isEqualTo(50);
        assertThat(component.clients().batchLanesInUse()).isEqualTo(50);

        endpoints.subList(0, 50).forEach(this::remove);
        assertThat(component.clients().portalsInUse()).isEqualTo(25);
        endpoints.subList(50, 100).forEach(this::remove);
        assertThat(component.clients().portalsInUse()).isZero();
        assertThat(component.clients().batchLanesInUse()).isZero();
    }

    @Test
    void tenantsTheDynamicRouteNoLongerCachesLeaveNothingBehind() {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        int tenants = 20;
        for (int tenant = 0; tenant < tenants; tenant++) {
            // 127.0.0.x: a portal of its own per tenant, refusing the connection at once (the sandbox is on .1 only)
            String webhook = "http://127.0.0." + (tenant + 2) + ":9/rest/1/code" + tenant + "/";
            template.request("direct:tenant", exchange -> {
                exchange.getMessage().setHeader("webhook", webhook);
                exchange.getMessage().setBody("Hello tenant");
            });
        }
        // Camel stops the evicted producers and their endpoints when the toD next takes or gives back a producer
        template.request("direct:tenant", exchange -> exchange.getMessage().setHeader("webhook", sandbox().webhookUrl()));

        assertThat(component.clients().portalsInUse()).isBetween(1, TENANTS_CACHED + 1);
        assertThat(component.clients().batchLanesInUse()).isBetween(1, TENANTS_CACHED + 1);
    }

    @Test
    void anEndpointWithoutARunningProducerOrConsumerHoldsNothing() throws Exception {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        Endpoint endpoint = context.getEndpoint("bitrix24-notify:notify?userId=5&batchSize=10");
        Producer producer = endpoint.createProducer();
        assertThat(component.clients().portalsInUse()).isZero();

        ServiceHelper.startService(producer);
        assertThat(component.clients().portalsInUse()).isEqualTo(1);
        assertThat(component.clients().batchLanesInUse()).isEqualTo(1);

        ServiceHelper.stopService(producer);
        assertThat(component.clients().portalsInUse()).isZero();
        assertThat(component.clients().batchLanesInUse()).isZero();
        assertThat(((Bitrix24NotifyEndpoint) endpoint).isStarted()).as("the endpoint itself still runs").isTrue();
    }

    @Test
    void aTenantComingBackAfterItsEvictionTakesItsShareAgain() {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        sendToTenant(ONE_TENANT_CACHED, sandbox().webhookUrl());
        // evicts the sandbox's producer: Camel stops it and its endpoint, which stays in the endpoint registry
        sendToTenant(ONE_TENANT_CACHED, "http://127.0.0.2:9/rest/1/other/");
        // Camel reuses the stopped endpoint without starting it again, with a new producer
        Exchange back = sendToTenant(ONE_TENANT_CACHED, sandbox().webhookUrl());

        assertThat(back.getException()).isNull();
        assertThat(component.clients().portalsInUse()).as("the sandbox's limits, held by the new producer").isEqualTo(1);
        assertThat(component.clients().batchLanesInUse()).isEqualTo(1);
    }

    private Exchange sendToTenant(String route, String webhook) {
        return template.request(route, exchange -> {
            exchange.getMessage().setHeader("webhook", webhook);
            exchange.getMessage().setBody("Hello tenant");
        });
    }

    private void remove(Endpoint endpoint) {
        try {
            context.removeEndpoint(endpoint);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
