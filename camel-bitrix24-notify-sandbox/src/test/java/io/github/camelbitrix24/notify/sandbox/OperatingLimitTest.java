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
package io.github.camelbitrix24.notify.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's limit on each method's execution time, per caller and method, and the figures it reports. */
class OperatingLimitTest extends PortalTestSupport {

    @BeforeEach
    void tightOperatingLimit() {
        // every call costs 0.6 s against a limit of 1 s: the third call of a method in the window is refused
        sandbox.limits().operatingLimit(Duration.ofSeconds(1)).operatingCostPerCall(Duration.ofMillis(600))
                .operatingResetDelay(Duration.ofSeconds(2));
    }

    @AfterEach
    void liftTheLimit() {
        sandbox.limits().unlimitedOperatingTime().measuredOperatingCost()
                .operatingResetDelay(SandboxLimits.DEFAULT_OPERATING_RESET_DELAY);
    }

    @Test
    void reportsTheTimeEachCallAddsAndWhenItStopsCounting() {
        long before = Instant.now().getEpochSecond();

        JsonNode first = client.json("im.notify.get", Map.of()).body().get("time");
        JsonNode second = client.json("im.notify.get", Map.of()).body().get("time");

        assertThat(first.get("operating").asDouble()).isEqualTo(0.6);
        assertThat(second.get("operating").asDouble()).isEqualTo(1.2);
        assertThat(second.get("operating_reset_at").asLong()).isEqualTo(first.get("operating_reset_at").asLong())
                .isBetween(before + 2, Instant.now().getEpochSecond() + 2);
    }

    @Test
    void blocksOnlyTheMethodOverItsLimit() {
        send();
        send();

        PortalHttpCaller.Reply blocked = send();

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.error()).isEqualTo("OPERATION_TIME_LIMIT");
        assertThat(blocked.errorDescription()).isEqualTo("Method is blocked due to operation time limit.");
        assertThat(sandbox.notifications(2)).hasSize(2);
        assertThat(client.json("im.notify.get", Map.of()).status()).as("another method").isEqualTo(200);
        assertThat(new PortalHttpCaller(sandbox.webhookUrl(2)).json("im.notify", Map.of("USER_ID", 3, "MESSAGE", "x"))
                .status()).as("another caller").isEqualTo(200);
        assertThat(sandbox.answeredErrors("OPERATION_TIME_LIMIT")).isEqualTo(1);
    }

    @Test
    void unblocksTheMethodOnceItsOldestTimeStopsCounting() throws InterruptedException {
        long resetAt = send().body().get("time").get("operating_reset_at").asLong();
        send();
        assertThat(send().status()).isEqualTo(429);

        while (Instant.now().getEpochSecond() <= resetAt) {
            Thread.sleep(100);
        }

        assertThat(send().status()).isEqualTo(200);
    }

    @Test
    void countsTheCommandsOfABatchButNotTheBatch() {
        send();

        Map<String, String> commands = new LinkedHashMap<>();
        commands.put("a", "im.notify?USER_ID=2&MESSAGE=a");
        commands.put("b", "im.notify?USER_ID=2&MESSAGE=b");
        commands.put("c", "im.notify.get");

        PortalHttpCaller.Reply reply = client.json("batch", Map.of("cmd", commands));

        JsonNode result = reply.result();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(result.get("result_time").get("a").get("operating").asDouble()).isEqualTo(1.2);
        assertThat(result.get("result_time").get("c").get("operating").asDouble()).isEqualTo(0.6);
        assertThat(result.get("result_error").get("b").get("error").asText()).isEqualTo("OPERATION_TIME_LIMIT");
        assertThat(reply.body().get("time").get("operating").asDouble()).isZero();
        assertThat(sandbox.notifications(2)).extracting(StoredNotification::text).containsExactlyInAnyOrder("x", "a");
    }

    @Test
    void countsTheQueryLimitRefusals() {
        sandbox.limits().requestRate(0.1, 1);
        try {
            send();
            send();
            send();
        } finally {
            sandbox.limits().unlimitedRequestRate();
        }

        assertThat(sandbox.answeredErrors("QUERY_LIMIT_EXCEEDED")).isEqualTo(2);
        sandbox.reset();
        assertThat(sandbox.answeredErrors("QUERY_LIMIT_EXCEEDED")).isZero();
    }

    private PortalHttpCaller.Reply send() {
        return client.json("im.notify", Map.of("USER_ID", 2, "MESSAGE", "x"));
    }
}
