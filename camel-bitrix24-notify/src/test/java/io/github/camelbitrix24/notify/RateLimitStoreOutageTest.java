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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.client.config.Bucket4jLimitsStore;
import io.github.camelbitrix24.notify.client.support.InMemoryRateStore;
import io.github.camelbitrix24.notify.sandbox.ResponseLatency;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.HealthChecks;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store of the shared rate budget fails (Redis down, say): a call that cannot take its place there fails, not sent,
 * with RATE_LIMIT_STORE_UNAVAILABLE, rather than go on alone at the whole portal's rate; calls waiting for the rate
 * fail with it instead of hanging; a call the portal already has keeps its answer; the producers' health check says so
 * until a call gets through again.
 */
class RateLimitStoreOutageTest extends SandboxTestSupport {

    private static final String SEND = "bitrix24-notify:notify?userId=5";
    private static final long RECIPIENT = 5;

    private final InMemoryRateStore store = new InMemoryRateStore();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthChecks.enable(context, "producers");
        return context;
    }

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setRequestsPerSecond(20.0);
        component.getConfiguration().setBurst(10);
        component.getConfiguration().setRateLimitStore(new Bucket4jLimitsStore(store));
    }

    @AfterEach
    void liftTheLatency() {
        sandbox().limits().noLatency();
    }

    @Test
    void aFailingStoreRefusesCallsNotSentAndTheyGoAgainOnceItAnswers() {
        template.requestBody(SEND, "before");

        store.unreachable(true);
        Exchange refused = send(SEND, "during");

        assertThat(refused.getException()).isInstanceOfSatisfying(Bitrix24NotifyException.class, failure -> {
            assertThat(failure.getErrorCode()).isEqualTo(Bitrix24NotifyException.RATE_LIMIT_STORE_UNAVAILABLE);
            assertThat(failure.getOutcome()).isEqualTo(Outcome.NOT_SENT);
            assertThat(failure.getMessage()).contains("Unable to connect to the test store").contains("not sent");
        });
        assertThat(texts()).containsExactly("before");
        HealthCheck.Result down = portalReadiness();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getDetails()).containsEntry("bitrix24.error.code", "RATE_LIMIT_STORE_UNAVAILABLE");

        store.unreachable(false);
        template.requestBody(SEND, "after");

        assertThat(texts()).containsExactlyInAnyOrder("before", "after");
        assertThat(portalReadiness().getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void callsWaitingForTheRateFailWhenTheStoreFailsAndNoneIsLeftHanging() throws Exception {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = "alert " + i;
            sends.add(template.asyncSend(SEND, exchange -> exchange.getMessage().setBody(text)));
        }
        // the bucket of 10 let the first ones go; the others wait for the rate of 20/s
        await().atMost(Duration.ofSeconds(10)).until(() -> texts().size() >= 10);
        store.unreachable(true);

        Set<String> failed = new HashSet<>();
        for (int i = 0; i < sends.size(); i++) {
            Exchange exchange = complete(sends.get(i));
            if (exchange.getException() != null) {
                assertThat(exchange.getException()).isInstanceOfSatisfying(Bitrix24NotifyException.class,
                        failure -> assertThat(failure.getErrorCode()).isEqualTo("RATE_LIMIT_STORE_UNAVAILABLE"));
                failed.add("alert " + i);
            }
        }
        List<String> stored = texts();
        assertThat(failed).as("calls that waited when the store failed").isNotEmpty();
        assertThat(stored).as("each call stored once or failed, never both").doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(failed);
        assertThat(stored.size() + failed.size()).isEqualTo(40);
    }

    @Test
    void aCallThePortalAlreadyHasKeepsItsAnswerWhenTheStoreFailsMeanwhile() throws Exception {
        sandbox().limits().latency(new ResponseLatency(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ZERO));
        CompletableFuture<Exchange> sending = template.asyncSend(SEND, exchange -> exchange.getMessage().setBody("in flight"));
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox().httpRequestCount() == 1);
        store.unreachable(true);

        Exchange answered = complete(sending);

        assertThat(answered.getException()).as("the answer landed, only its record in the store failed").isNull();
        assertThat(answered.getMessage().getBody(Long.class)).isPositive();
        assertThat(texts()).containsExactly("in flight");
    }

    private static Exchange complete(CompletableFuture<Exchange> send)
            throws InterruptedException, ExecutionException, TimeoutException {
        return send.get(30, TimeUnit.SECONDS);
    }

    private List<String> texts() {
        return sandbox().notifications(RECIPIENT).stream().map(StoredNotification::text).toList();
    }

    private HealthCheck.Result portalReadiness() {
        return HealthChecks.producerReadiness(context, sandbox().portalUrl()).orElseThrow();
    }
}
