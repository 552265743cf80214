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

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitsAndFaultsTest extends PortalTestSupport {

    @BeforeEach
    void defaultLimits() {
        sandbox.limits().unlimitedRequestRate().noLatency().operatingResetDelay(SandboxLimits.DEFAULT_OPERATING_RESET_DELAY)
                .clockOffset(Duration.ZERO);
    }

    @Test
    void refusesRequestsBeyondTheRequestRate() {
        sandbox.limits().requestRate(0.1, 2);

        assertThat(client.json("im.notify.get", Map.of()).status()).isEqualTo(200);
        assertThat(client.json("im.notify.get", Map.of()).status()).isEqualTo(200);
        PortalHttpCaller.Reply refused = client.json("im.notify.get", Map.of());

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.error()).isEqualTo("QUERY_LIMIT_EXCEEDED");
        assertThat(refused.errorDescription()).isEqualTo("Too many requests");
        assertThat(sandbox.calls().get(2).errorCode()).isEqualTo("QUERY_LIMIT_EXCEEDED");
    }

    @Test
    void failsTheNextRequestsAsInjected() {
        sandbox.faults().failNext("im.notify", 2, 503, "QUERY_LIMIT_EXCEEDED", "Too many requests")
                .failNext("*", 500, "INTERNAL_SERVER_ERROR", "Internal server error");

        assertThat(send().status()).isEqualTo(503);
        assertThat(client.json("im.notify.get", Map.of()).status()).isEqualTo(500);
        assertThat(send().status()).isEqualTo(503);
        assertThat(send().status()).isEqualTo(200);
        assertThat(sandbox.notifications(2)).hasSize(1);
        assertThat(sandbox.calls("im.notify")).extracting(RecordedCall::httpStatus).containsExactly(503, 503, 200);
    }

    @Test
    void delaysTheAnswerButDoesTheWork() {
        sandbox.faults().delayNext("im.notify", 1, Duration.ofMillis(300));

        long start = System.nanoTime();
        PortalHttpCaller.Reply reply = send();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void answersAfterTheLatencyAndLaterForEachCommandOfABatch() {
        sandbox.limits().latency(new ResponseLatency(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(100)));

        long start = System.nanoTime();
        PortalHttpCaller.Reply plain = send();
        Duration plainTook = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        PortalHttpCaller.Reply batch = client.json("batch", Map.of("halt", 0, "cmd", Map.of(
                "a", "im.notify?USER_ID=2&MESSAGE=a", "b", "im.notify?USER_ID=2&MESSAGE=b", "c",
                "im.notify?USER_ID=2&MESSAGE=c")));
        Duration batchTook = Duration.ofNanos(System.nanoTime() - start);

        assertThat(plain.status()).isEqualTo(200);
        assertThat(batch.status()).isEqualTo(200);
        assertThat(plainTook).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(batchTook).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        // the time counts as the portal's work, as a real portal reports it
        assertThat(plain.body().path("time").path("duration").asDouble()).isGreaterThanOrEqualTo(0.2);
        assertThat(batch.body().path("time").path("duration").asDouble()).isGreaterThanOrEqualTo(0.5);
        assertThat(batch.body().path("time").path("finish").asDouble() - batch.body().path("time").path("start").asDouble())
                .isGreaterThanOrEqualTo(0.5);
        assertThat(sandbox.notifications(2)).hasSize(4);
    }

    @Test
    void dropsTheConnectionAfterDoingTheWork() {
        sandbox.faults().dropNext("im.notify", 1);

        assertThatThrownBy(this::send).isInstanceOf(UncheckedIOException.class);
        assertThat(sandbox.notifications(2)).hasSize(1);
        assertThat(send().status()).isEqualTo(200);
    }

    @Test
    void answersUnreadablyAfterDoingTheWork() {
        sandbox.faults().answerUnreadablyNext("im.notify", 1, UnreadableAnswer.TRUNCATED_JSON)
                .answerUnreadablyNext("im.notify", 1, UnreadableAnswer.EMPTY_BODY)
                .answerUnreadablyNext("im.notify", 1, UnreadableAnswer.NO_RESULT)
                .answerUnreadablyNext("im.notify", 1, UnreadableAnswer.WRONG_RESULT_SHAPE)
                .answerUnreadablyNext("im.notify", 1, UnreadableAnswer.ERROR_PAGE);

        PortalHttpCaller.Reply truncated = send();
        PortalHttpCaller.Reply empty = send();
        PortalHttpCaller.Reply noResult = send();
        PortalHttpCaller.Reply wrongShape = send();
        PortalHttpCaller.Reply errorPage = send();

        assertThat(truncated.status()).isEqualTo(200);
        assertThat(truncated.body().isTextual()).as("not JSON: %s", truncated.body()).isTrue();
        assertThat(truncated.body().asText()).startsWith("{\"result\":");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body().isMissingNode()).as("no body: %s", empty.body()).isTrue();
        assertThat(noResult.status()).isEqualTo(200);
        assertThat(noResult.body().has("result")).isFalse();
        assertThat(noResult.body().has("error")).isFalse();
        assertThat(noResult.body().has("time")).isTrue();
        assertThat(wrongShape.result().get("ID").isIntegralNumber()).as("result %s", wrongShape.result()).isTrue();
        assertThat(errorPage.status()).isEqualTo(502);
        assertThat(errorPage.contentType()).startsWith("text/html");
        assertThat(errorPage.body().asText()).contains("502 Bad Gateway");
        assertThat(sandbox.notifications(2)).hasSize(5);
        assertThat(send().result().isIntegralNumber()).isTrue();
    }

    @Test
    void wrapsEachCommandsResultOfABatchInTheWrongShape() {
        sandbox.faults().answerUnreadablyNext("batch", 1, UnreadableAnswer.WRONG_RESULT_SHAPE);

        PortalHttpCaller.Reply batch = client.json("batch", Map.of("halt", 0, "cmd", Map.of(
                "a", "im.notify?USER_ID=2&MESSAGE=a", "b", "im.notify?USER_ID=2&MESSAGE=b")));

        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.result().get("result").get("a").get("ID").isIntegralNumber()).as("%s", batch.body()).isTrue();
        assertThat(batch.result().get("result").get("b").get("ID").isIntegralNumber()).isTrue();
        assertThat(sandbox.notifications(2)).hasSize(2);
    }

    @Test
    void clearedFaultsDoNotApply() {
        sandbox.faults().failNext("*", 5, 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
        sandbox.faults().clear();

        assertThat(send().status()).isEqualTo(200);
    }

    @Test
    void placesTheOperatingResetTheConfiguredDelayAhead() {
        sandbox.limits().operatingResetDelay(Duration.ofSeconds(2));

        long resetAt = client.json("im.notify.get", Map.of()).body().get("time").get("operating_reset_at").asLong();

        assertThat(resetAt).isBetween(Instant.now().getEpochSecond(), Instant.now().getEpochSecond() + 3);
    }

    @Test
    void datesTheAnswerOnItsOwnClockWhichMayStandAheadOrBehind() {
        for (long offset : new long[] { 0, 3, -3 }) {
            sandbox.limits().clockOffset(Duration.ofSeconds(offset));
            double before = Instant.now().toEpochMilli() / 1000d;

            var time = send().body().get("time");

            double after = Instant.now().toEpochMilli() / 1000d;
            assertThat(time.get("start").asDouble()).as("start, %d s", offset)
                    .isBetween(before + offset - 0.001, after + offset + 0.001);
            assertThat(time.get("finish").asDouble()).isGreaterThanOrEqualTo(time.get("start").asDouble());
            assertThat(time.get("date_start").asText()).isNotBlank();
        }
    }

    private PortalHttpCaller.Reply send() {
        return client.json("im.notify", Map.of("USER_ID", 2, "MESSAGE", "x"));
    }
}
