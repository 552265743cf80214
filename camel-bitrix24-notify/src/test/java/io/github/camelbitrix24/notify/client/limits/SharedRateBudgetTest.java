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
package io.github.camelbitrix24.notify.client.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.client.config.Bucket4jLimitsStore;
import io.github.camelbitrix24.notify.client.config.SharedLimitsStore;
import io.github.camelbitrix24.notify.client.support.InMemoryRateStore;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.ResponseLatency;
import io.github.camelbitrix24.notify.sandbox.SandboxLimits;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two CamelContexts standing for two replicas of an application, each with its own component, calling one portal: with
 * a shared {@code rateLimitStore} they keep to the portal's rate and pauses together; without, they do not.
 */
class SharedRateBudgetTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private final List<CamelContext> replicas = new ArrayList<>();

    private Bitrix24Sandbox sandbox() {
        return PORTAL.sandbox();
    }

    @BeforeEach
    void limitThePortal() {
        sandbox().reset();
        sandbox().limits().requestRate(20, 10).latency(ResponseLatency.REALISTIC);
    }

    @AfterEach
    void stopTheReplicas() {
        replicas.forEach(CamelContext::stop);
        sandbox().limits().unlimitedRequestRate().noLatency().unlimitedOperatingTime().measuredOperatingCost()
                .operatingResetDelay(SandboxLimits.DEFAULT_OPERATING_RESET_DELAY);
    }

    private ProducerTemplate replica(SharedLimitsStore store) {
        Bitrix24NotifyComponent component = new Bitrix24NotifyComponent();
        component.getConfiguration().setWebhookUrl(sandbox().webhookUrl());
        component.getConfiguration().setRequestsPerSecond(20.0);
        component.getConfiguration().setBurst(10);
        component.getConfiguration().setMaxRetries(0);
        component.getConfiguration().setRateLimitStore(store);
        CamelContext context = new DefaultCamelContext();
        context.addComponent("bitrix24-notify", component);
        context.start();
        replicas.add(context);
        return context.createProducerTemplate();
    }

    /** Every replica sends this many notifications, one exchange each, all at once; returns how many failed. */
    private long sendFromEach(List<ProducerTemplate> templates, int each) {
        List<CompletableFuture<Object>> sends = templates.stream()
                .flatMap(template -> IntStream.range(0, each)
                        .mapToObj(i -> template.asyncRequestBody("bitrix24-notify:notify?userId=5", "Alert " + i)))
                .toList();
        return sends.stream().filter(send -> {
            try {
                send.get(60, TimeUnit.SECONDS);
                return false;
            } catch (Exception failed) {
                return true;
            }
        }).count();
    }

    @Test
    void replicasSharingTheStoreKeepToThePortalsRateTogether() {
        Bucket4jLimitsStore store = new Bucket4jLimitsStore(new InMemoryRateStore());
        List<ProducerTemplate> templates = List.of(replica(store), replica(store));

        long failed = sendFromEach(templates, 40);

        assertThat(failed).isZero();
        assertThat(sandbox().answeredErrors("QUERY_LIMIT_EXCEEDED")).isZero();
        assertThat(sandbox().notifications(5)).hasSize(80);
    }

    @Test
    void replicasKeepingTheLimitAloneOverrunIt() {
        List<ProducerTemplate> templates = List.of(replica(null), replica(null));

        long failed = sendFromEach(templates, 40);

        // each replica lets 9 go at once: 18 arrive in a bucket of 10
        assertThat(sandbox().answeredErrors("QUERY_LIMIT_EXCEEDED")).isPositive();
        assertThat(failed).isPositive();
    }

    @Test
    void aPauseOneReplicaMetHoldsTheOthers() throws Exception {
        sandbox().limits().unlimitedRequestRate().noLatency();
        // each call costs 0.6 s against 1 s in a 2 s window: the third send in a row is blocked
        sandbox().limits().operatingLimit(Duration.ofSeconds(1)).operatingCostPerCall(Duration.ofMillis(600))
                .operatingResetDelay(Duration.ofSeconds(2));
        Bucket4jLimitsStore store = new Bucket4jLimitsStore(new InMemoryRateStore());
        ProducerTemplate first = replica(store);
        ProducerTemplate second = replica(store);
        first.requestBody("bitrix24-notify:notify?userId=5&maxRetries=3&retryDelay=10", "one");
        first.requestBody("bitrix24-notify:notify?userId=5&maxRetries=3&retryDelay=10", "two");
        CompletableFuture<Object> blocked = first.asyncRequestBody("bitrix24-notify:notify?userId=5&maxRetries=3&retryDelay=10",
                "three");
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> sandbox().answeredErrors("OPERATION_TIME_LIMIT") == 1);

        Object fromTheOther = second.requestBody("bitrix24-notify:notify?userId=5&maxRetries=0", "four");

        assertThat(fromTheOther).as("sent after the pause, not refused").isInstanceOf(Long.class);
        assertThat(blocked.get(15, TimeUnit.SECONDS)).isInstanceOf(Long.class);
        assertThat(sandbox().answeredErrors("OPERATION_TIME_LIMIT")).as("only the first replica met the block").isEqualTo(1);
        assertThat(sandbox().notifications(5)).hasSize(4);
    }
}
