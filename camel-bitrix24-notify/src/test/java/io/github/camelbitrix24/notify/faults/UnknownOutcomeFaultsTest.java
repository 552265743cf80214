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
package io.github.camelbitrix24.notify.faults;

import java.time.Duration;

import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A send whose answer never came: it may have been stored, so it is never called "not sent", nor sent twice. */
class UnknownOutcomeFaultsTest extends SandboxTestSupport {

    @Test
    void anUntaggedSendWhoseAnswerIsLostFailsAsAnUnknownOutcomeAndIsStoredOnce() {
        sandbox().faults().dropNext("im.notify", 1);

        Exchange exchange = send("bitrix24-notify:notify?userId=5", "Deployed");

        assertUnknownOutcome(exchange, Bitrix24NotifyException.IO_ERROR);
        assertThat(sandbox().calls("im.notify")).hasSize(1);
        assertThat(sandbox().notifications(5)).hasSize(1);
    }

    @Test
    void anUntaggedSendWhoseAnswerTimesOutFailsAsAnUnknownOutcomeAndIsStoredOnce() {
        sandbox().faults().delayNext("im.notify", 1, Duration.ofSeconds(2));

        Exchange exchange = send("bitrix24-notify:notify?userId=5&requestTimeout=300", "Deployed");

        assertUnknownOutcome(exchange, Bitrix24NotifyException.TIMEOUT);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sandbox().notifications(5)).hasSize(1));
        assertThat(sandbox().calls("im.notify")).hasSize(1);
    }

    @Test
    void aTaggedSendWithClientIdWhoseAnswerIsLostIsDeliveredExactlyOnce() {
        sandbox().faults().dropNext("im.notify", 1);

        Exchange exchange = send("bitrix24-notify:notify?userId=5&tag=BUILD-42&clientId=ci&retryDelay=10", "Deployed");

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox().calls("im.notify")).hasSize(2);
        assertThat(sandbox().notifications(5)).singleElement()
                .satisfies(stored -> assertThat(stored.id()).isEqualTo(exchange.getMessage().getBody(Long.class)));
    }

    private static void assertUnknownOutcome(Exchange exchange, String code) {
        Bitrix24NotifyException error = exchange.getException(Bitrix24NotifyException.class);
        assertThat(error).isNotNull();
        assertThat(error.getErrorCode()).isEqualTo(code);
        assertThat(error.getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(error.hasHttpStatus()).isFalse();
        assertThat(error.getHttpStatus()).as("no answer came: no status, not a sentinel").isZero();
        assertThat(error.getMessage()).contains("outcome is unknown").doesNotContain("not sent");
    }
}
