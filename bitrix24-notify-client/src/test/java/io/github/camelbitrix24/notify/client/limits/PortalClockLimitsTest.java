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

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.Bitrix24Response;
import io.github.camelbitrix24.notify.client.call.BitrixJson;
import io.github.camelbitrix24.notify.client.call.DelayedSteps;
import io.github.camelbitrix24.notify.client.call.HttpTransport;
import io.github.camelbitrix24.notify.client.call.RequestKind;
import io.github.camelbitrix24.notify.client.call.RestClient;
import io.github.camelbitrix24.notify.client.call.TransportSettings;
import io.github.camelbitrix24.notify.client.call.WebhookAuth;
import io.github.camelbitrix24.notify.client.stats.PortalCounters;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The request rate counted on the portal's clock, against the sandbox over HTTP, limited like a portal at 20 requests/s
 * with a bucket of 50: a burst of 150 sends may take 5 s on the portal's clock (50 at once, then 20 a second). The
 * ratio of those 5 s to the span the portal saw between the first and the last arrival is the share of the ceiling
 * reached; it is measured on the portal's clock, not timed by the test.
 */
class PortalClockLimitsTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final int RATE = 20;
    private static final int BUCKET = 50;
    private static final int SENDS = 150;
    private static final double CEILING_SECONDS = (SENDS - BUCKET) / (double) RATE;

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private HttpTransport transport;
    private PortalLimits limits;

    @BeforeEach
    void aPortalAtTwentyRequestsASecond() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.reset();
        sandbox.limits().requestRate(RATE, BUCKET);
    }

    @AfterEach
    void closeAndPutTheClockBack() {
        PORTAL.sandbox().limits().unlimitedRequestRate().clockOffset(Duration.ZERO);
        if (transport != null) {
            transport.close();
        }
        scheduler.shutdownNow();
    }

    @ParameterizedTest(name = "portal clock {0} s from the client's")
    @ValueSource(ints = { 3, -3 })
    void aSkewedPortalClockKeepsEveryRequestInTheBucketAndReachesTheCeiling(int offsetSeconds) {
        PORTAL.sandbox().limits().clockOffset(Duration.ofSeconds(offsetSeconds));
        LimitedClient client = client(ForkJoinPool.commonPool());

        sendAll(client);

        assertThat(PORTAL.sandbox().answeredErrors("QUERY_LIMIT_EXCEEDED")).as("503 answers").isZero();
        assertThat(limits.portalClockOffset().toMillis() / 1000d).as("the offset learned from the answers")
                .isCloseTo(offsetSeconds, within(0.5));
        assertThat(shareOfTheCeiling()).as("share of the ceiling on the portal's clock").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void answersReadASecondLateStillCreditThePortalsDrain() {
        // a busy client: every answer reaches the limits a second after the portal sent it
        Executor late = task -> scheduler.schedule(task, 1, TimeUnit.SECONDS);
        LimitedClient client = client(late);

        sendAll(client);

        assertThat(PORTAL.sandbox().answeredErrors("QUERY_LIMIT_EXCEEDED")).as("503 answers").isZero();
        // counted from the answers' arrival, the portal's drain during that second would be lost: 5 s become 6
        assertThat(shareOfTheCeiling()).as("share of the ceiling on the portal's clock").isGreaterThanOrEqualTo(0.9);
    }

    private LimitedClient client(Executor completions) {
        transport = new HttpTransport(new TransportSettings(null, null, 0, 10_000), 20, completions);
        RestClient rest = new RestClient(
                WebhookAuth.parse(PORTAL.sandbox().webhookUrl()), transport, BitrixJson.newMapper(),
                30_000);
        DelayedSteps steps = new DelayedSteps(scheduler);
        limits = PortalLimits.systemClock("sandbox", RATE, BUCKET, steps,
                new PortalCounters("sandbox", Clock.systemUTC()), null);
        return new LimitedClient(rest, limits, steps);
    }

    private static void sendAll(LimitedClient client) {
        List<CompletableFuture<Bitrix24Response>> sends = IntStream.range(0, SENDS)
                .mapToObj(i -> client.call(new Bitrix24Request(
                        "im.notify.system.add", Map.of("USER_ID", 1, "MESSAGE", "burst " + i), RequestKind.SEND,
                        false)))
                .toList();
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        assertThat(PORTAL.sandbox().notifications(1)).hasSize(SENDS);
    }

    private static double shareOfTheCeiling() {
        return CEILING_SECONDS / (PORTAL.sandbox().arrivalSpan().toNanos() / 1e9);
    }
}
