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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch refused whole, or answered in part. Per-command errors failing only their own exchange are covered by
 * {@code CoalescedSendsTest.aBatchWithOneBadCommandFailsOnlyThatExchange} and
 * {@code ListBodyBatchTest.anEntryThePortalRefusesFailsOnlyItself}.
 */
class BatchFaultsTest extends SandboxTestSupport {

    private static final String COALESCED = "bitrix24-notify:notify?userId=5&batchSize=5&batchLingerMs=500&retryDelay=10";

    @Test
    void aBatchRefusedWholeWith503IsRepeatedAndEachNotificationStoredOnce() throws Exception {
        sandbox().faults().failNext("batch", 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");

        List<Exchange> exchanges = sendTogether(5);

        exchanges.forEach(exchange -> assertThat(exchange.getException()).isNull());
        assertThat(sandbox().calls("batch")).hasSize(2);
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrder("Alert 0", "Alert 1", "Alert 2", "Alert 3", "Alert 4");
    }

    @Test
    void anEntryMissingFromTheBatchAnswerFailsOnlyThatEntry() {
        sandbox().faults().loseBatchEntryNext(1);
        List<NotificationRequest> requests = List.of(NotificationRequest.to(2, "First"), NotificationRequest.to(2, "Second"),
                NotificationRequest.to(2, "Third"));

        Exchange exchange = send("bitrix24-notify:notify?maxRetries=0", requests);

        List<?> ids = exchange.getMessage().getBody(List.class);
        assertThat(ids.get(0)).isNotNull();
        assertThat(ids.get(1)).isNull();
        assertThat(ids.get(2)).isNotNull();
        @SuppressWarnings("unchecked")
        List<Bitrix24NotifyException> errors
                = exchange.getMessage().getHeader(Bitrix24NotifyConstants.BATCH_ERRORS, List.class);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getBatchIndex()).isEqualTo(1);
            assertThat(error.getErrorCode()).isEqualTo(Bitrix24NotifyException.INVALID_RESPONSE);
        });
        assertThat(sandbox().calls("batch")).hasSize(1);
    }

    @Test
    void aBatchRefusedWholeForItsOperatingTimeWaitsForThePortalThenStoresEachOnce() throws Exception {
        sandbox().faults().failNext("batch", 429, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.");

        long start = System.nanoTime();
        List<Exchange> exchanges = sendTogether(5);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        exchanges.forEach(exchange -> assertThat(exchange.getException()).isNull());
        assertThat(sandbox().notifications(5)).hasSize(5);
        // no reset time was known, so the method pauses for OperatingLimit.UNKNOWN_RESET_PAUSE (10 s); a retry
        // after retryDelay alone would have come back within a second
        assertThat(tookMillis).isGreaterThanOrEqualTo(9_000);
        assertThat(sandbox().calls("batch")).hasSize(2);
    }

    /** Sends n notifications at once through one coalescing endpoint; they leave as one batch. */
    private List<Exchange> sendTogether(int n) throws Exception {
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = "Alert " + i;
            futures.add(template.asyncSend(COALESCED, exchange -> exchange.getMessage().setBody(text)));
        }
        List<Exchange> exchanges = new ArrayList<>();
        for (CompletableFuture<Exchange> future : futures) {
            exchanges.add(future.get(30, TimeUnit.SECONDS));
        }
        return exchanges;
    }
}
