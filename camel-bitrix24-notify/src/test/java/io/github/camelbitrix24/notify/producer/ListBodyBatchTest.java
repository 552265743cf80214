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
package io.github.camelbitrix24.notify.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A list body of a send operation goes through batch calls of at most 50 commands; results come back in order. */
class ListBodyBatchTest extends SandboxTestSupport {

    @Test
    void hundredAndTwentyMessagesTakeThreeBatchCallsAndReturnIdsInOrder() {
        List<String> messages = IntStream.rangeClosed(1, 120).mapToObj(i -> "Message " + i).toList();

        Exchange exchange = send("bitrix24-notify:notify?userId=8", messages);

        assertThat(exchange.getException()).isNull();
        List<?> ids = exchange.getMessage().getBody(List.class);
        assertThat(ids).hasSize(120).doesNotContainNull();
        assertThat(exchange.getMessage().getHeader(Bitrix24NotifyConstants.BATCH_ERRORS, List.class)).isEmpty();

        List<RecordedCall> batches = sandbox().calls("batch");
        assertThat(batches).hasSize(3);
        assertThat(sandbox().httpRequestCount()).isEqualTo(3);
        List<RecordedCall> commands = sandbox().calls("im.notify");
        assertThat(commands).hasSize(120).allMatch(RecordedCall::inBatch);
        for (int i = 0; i < 120; i++) {
            StoredNotification stored = sandbox().notification(((Number) ids.get(i)).longValue()).orElseThrow();
            assertThat(stored.text()).isEqualTo("Message " + (i + 1));
            assertThat(stored.userId()).isEqualTo(8);
        }
    }

    @Test
    void notificationRequestsKeepTheirOwnRecipientsTagsAndAttachments() {
        List<NotificationRequest> requests = List.of(
                NotificationRequest.to(2, "To two").withAttach("[{\"MESSAGE\":\"attached\"}]"),
                NotificationRequest.to(3, "To three").withType("SYSTEM"),
                NotificationRequest.of("To the default recipient"));

        Exchange exchange = send("bitrix24-notify:notify?userId=9", requests);

        List<?> ids = exchange.getMessage().getBody(List.class);
        assertThat(ids).hasSize(3).doesNotContainNull();
        assertThat(sandbox().notifications(2)).singleElement().satisfies(n -> assertThat(n.attach()).isNotNull());
        assertThat(sandbox().notifications(3)).singleElement()
                .satisfies(n -> assertThat(n.notifyType()).isEqualTo(StoredNotification.SYSTEM));
        assertThat(sandbox().notifications(9)).extracting(StoredNotification::text).containsExactly("To the default recipient");
    }

    @Test
    void oneBadEntryFailsOnlyItself() {
        List<Object> requests = new ArrayList<>();
        requests.add(NotificationRequest.to(2, "Fine"));
        requests.add(NotificationRequest.to(2, "   "));
        requests.add(NotificationRequest.to(2, "Also fine"));

        Exchange exchange = send("bitrix24-notify:personalAdd", requests);

        assertThat(exchange.getException()).isNull();
        List<?> ids = exchange.getMessage().getBody(List.class);
        assertThat(ids).hasSize(3);
        assertThat(ids.get(0)).isNotNull();
        assertThat(ids.get(1)).isNull();
        assertThat(ids.get(2)).isNotNull();
        @SuppressWarnings("unchecked")
        List<Bitrix24NotifyException> errors
                = exchange.getMessage().getHeader(Bitrix24NotifyConstants.BATCH_ERRORS, List.class);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getBatchIndex()).isEqualTo(1);
            assertThat(error.getErrorCode()).isEqualTo("MESSAGE_EMPTY");
            assertThat(error.getMessage()).contains("entry 1");
        });
        assertThat(sandbox().calls("im.notify.personal.add")).hasSize(2);
        assertThat(sandbox().notifications(2)).hasSize(2);
    }

    @Test
    void anEntryThePortalRefusesFailsOnlyItself() {
        // the portal's ATTACH limit is lower than the client's, so the portal itself refuses the second command
        sandbox().limits().attachMaxLength(100);
        try {
            List<NotificationRequest> requests = List.of(
                    NotificationRequest.to(2, "Fine"),
                    NotificationRequest.to(2, "Large attach").withAttach("[{\"MESSAGE\":\"" + "x".repeat(500) + "\"}]"),
                    NotificationRequest.to(2, "Fine too"));

            Exchange exchange = send("bitrix24-notify:notify", requests);

            assertThat(exchange.getException()).isNull();
            List<?> ids = exchange.getMessage().getBody(List.class);
            assertThat(ids).hasSize(3);
            assertThat(ids.get(1)).isNull();
            assertThat(ids.get(0)).isNotNull();
            assertThat(ids.get(2)).isNotNull();
            @SuppressWarnings("unchecked")
            List<Bitrix24NotifyException> errors
                    = exchange.getMessage().getHeader(Bitrix24NotifyConstants.BATCH_ERRORS, List.class);
            assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.getBatchIndex()).isEqualTo(1);
                assertThat(error.getErrorCode()).isEqualTo("ATTACH_OVERSIZE");
                assertThat(error.getMethod()).isEqualTo("im.notify");
                assertThat(error.getHttpStatus()).isEqualTo(200);
            });
            assertThat(sandbox().calls("batch")).hasSize(1);
            assertThat(sandbox().notifications(2)).extracting(StoredNotification::text).containsExactlyInAnyOrder("Fine",
                    "Fine too");
        } finally {
            sandbox().limits().attachMaxLength(60_000);
        }
    }

    @Test
    void readListTakesItsListBodyAsIdsNotAsABatch() {
        long first = sandbox().seed(1).text("one").create();
        long second = sandbox().seed(1).text("two").create();

        Boolean done = template.requestBody("bitrix24-notify:readList", List.of(first, second), Boolean.class);

        assertThat(done).isTrue();
        assertThat(sandbox().calls("batch")).isEmpty();
        assertThat(onlyCall("im.notify.read.list").param("IDS")).isEqualTo("[" + first + "," + second + "]");
        assertThat(sandbox().notifications(1)).allMatch(StoredNotification::read);
    }
}
