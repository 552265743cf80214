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

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.sandbox.UnreadableAnswer;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal carried the call out, then answered with something the component cannot read (JSON cut short, no body,
 * neither result nor error, a result of the wrong shape, a gateway's error page). For a call that changes something the
 * outcome is unknown: never "not sent" or "not created", never repeated unless repeating is harmless, and the
 * notification is stored once. Only the portal's own error answer (or a refusal before the wire) is a refusal.
 */
class UnreadableAnswerFaultsTest extends SandboxTestSupport {

    private static final String COALESCED = "bitrix24-notify:notify?userId=5&batchSize=5&batchLingerMs=500";

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setRetryDelay(10);
    }

    @ParameterizedTest
    @EnumSource(UnreadableAnswer.class)
    void anUntaggedSendAnsweredUnreadablyFailsAsAnUnknownOutcomeAndIsStoredOnce(UnreadableAnswer answer) {
        sandbox().faults().answerUnreadablyNext("im.notify", 1, answer);

        Exchange exchange = send("bitrix24-notify:notify?userId=5", "Deployed");

        assertUnknownOutcome(failure(exchange));
        assertThat(sandbox().calls("im.notify")).as("not repeated").hasSize(1);
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text).containsExactly("Deployed");
    }

    @ParameterizedTest
    @EnumSource(value = UnreadableAnswer.class, names = { "TRUNCATED_JSON", "EMPTY_BODY", "NO_RESULT", "ERROR_PAGE" })
    void aTaggedSendAnsweredUnreadablyIsRepeatedAndTheCopyReplacesTheFirst(UnreadableAnswer answer) {
        sandbox().faults().answerUnreadablyNext("im.notify", 1, answer);

        Exchange exchange = send("bitrix24-notify:notify?userId=5&tag=BUILD-42&clientId=ci", "Deployed");

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox().calls("im.notify")).hasSize(2);
        assertThat(sandbox().notifications(5)).singleElement()
                .satisfies(stored -> assertThat(stored.id()).isEqualTo(exchange.getMessage().getBody(Long.class)));
    }

    @ParameterizedTest
    @EnumSource(value = UnreadableAnswer.class, names = { "TRUNCATED_JSON", "EMPTY_BODY", "NO_RESULT" })
    void aReadAnsweredUnreadablyIsAPlainInvalidResponse(UnreadableAnswer answer) {
        sandbox().faults().answerUnreadablyNext("im.notify.get", 1, answer);

        Exchange exchange = send("bitrix24-notify:get", null);

        Bitrix24NotifyException error = failure(exchange);
        assertThat(error).isNotNull();
        assertThat(error.getErrorCode()).isEqualTo(Bitrix24NotifyException.INVALID_RESPONSE);
        assertThat(error.getOutcome()).as("a read changes nothing").isEqualTo(Outcome.REFUSED);
        assertThat(error.getHttpStatus()).isEqualTo(200);
        assertThat(sandbox().calls("im.notify.get")).hasSize(1);
    }

    @Test
    void aReadMarkAnsweredUnreadablyIsRepeatedAsItIsHarmless() {
        sandbox().faults().answerUnreadablyNext("im.notify.read.all", 1, UnreadableAnswer.TRUNCATED_JSON);

        Exchange exchange = send("bitrix24-notify:readAll", null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo(true);
        assertThat(sandbox().calls("im.notify.read.all")).hasSize(2);
    }

    @Test
    void aDeletionAnsweredUnreadablyFailsAsAnUnknownOutcomeAndIsNotRepeated() {
        // the webhook's user deletes a notification of their own
        long id = send("bitrix24-notify:notify?userId=1", "Deployed").getMessage().getBody(Long.class);
        sandbox().faults().answerUnreadablyNext("im.notify.delete", 1, UnreadableAnswer.EMPTY_BODY);

        Exchange exchange
                = template.request("bitrix24-notify:delete", e -> e.getMessage().setHeader(Bitrix24NotifyConstants.ID, id));

        assertUnknownOutcome(failure(exchange));
        assertThat(sandbox().calls("im.notify.delete")).hasSize(1);
        assertThat(sandbox().notifications(1)).as("deleted").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(UnreadableAnswer.class)
    void aListBodyWhoseBatchIsAnsweredUnreadablyHasAnUnknownOutcomeForEachEntryAndSaysSo(UnreadableAnswer answer) {
        sandbox().faults().answerUnreadablyNext("batch", 1, answer);

        Exchange exchange = send("bitrix24-notify:notify?userId=2", List.of("First", "Second", "Third"));

        Bitrix24NotifyException failure = failure(exchange);
        assertUnknownOutcome(failure);
        assertThat(failure.getMessage()).contains("each of the 3").doesNotContain("was sent");
        assertThat(exchange.getMessage().getBody(List.class)).containsExactly(null, null, null);
        List<Bitrix24NotifyException> errors = batchErrors(exchange);
        assertThat(errors).hasSize(3);
        for (int i = 0; i < errors.size(); i++) {
            assertThat(errors.get(i).getBatchIndex()).isEqualTo(i);
            assertUnknownOutcome(errors.get(i));
        }
        assertThat(sandbox().calls("batch")).as("not repeated").hasSize(1);
        assertThat(sandbox().notifications(2)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrder("First", "Second", "Third");
    }

    @Test
    void aListBodyWithAnEntryRefusedBeforeTheWireAndTheOthersUnreadableIsAnUnknownOutcome() {
        sandbox().faults().answerUnreadablyNext("batch", 1, UnreadableAnswer.TRUNCATED_JSON);
        List<NotificationRequest> requests = List.of(NotificationRequest.to(2, "First"), NotificationRequest.to(2, " "),
                NotificationRequest.to(2, "Third"));

        Exchange exchange = send("bitrix24-notify:notify", requests);

        Bitrix24NotifyException failure = failure(exchange);
        assertThat(failure).isNotNull();
        assertThat(failure.getErrorCode()).isEqualTo(Bitrix24NotifyException.ENTRIES_FAILED);
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getMessage()).contains("for 2 of the 3 the outcome is unknown", "MESSAGE_EMPTY")
                .doesNotContain("none of the");
        List<Bitrix24NotifyException> errors = batchErrors(exchange);
        assertThat(errors).extracting(Bitrix24NotifyException::getOutcome)
                .containsExactly(Outcome.UNKNOWN, Outcome.NOT_SENT, Outcome.UNKNOWN);
        assertThat(failure.getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(failure.getHttpStatus()).as("the real status of the entry told").isEqualTo(200);
        assertThat(sandbox().notifications(2)).extracting(StoredNotification::text).containsExactlyInAnyOrder("First", "Third");
    }

    @Test
    void aCommandMissingFromTheBatchAnswerHasAnUnknownOutcome() {
        sandbox().faults().loseBatchEntryNext(1);

        Exchange exchange = send("bitrix24-notify:notify?userId=2", List.of("First", "Second", "Third"));

        assertThat(exchange.getException()).isNull();
        List<?> ids = exchange.getMessage().getBody(List.class);
        assertThat(ids.get(0)).isNotNull();
        assertThat(ids.get(1)).isNull();
        assertThat(ids.get(2)).isNotNull();
        assertThat(batchErrors(exchange)).singleElement().satisfies(error -> {
            assertThat(error.getBatchIndex()).isEqualTo(1);
            assertUnknownOutcome(error);
        });
        assertThat(sandbox().calls("batch")).hasSize(1);
        assertThat(sandbox().notifications(2)).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(UnreadableAnswer.class)
    void coalescedSendsWhoseBatchIsAnsweredUnreadablyEachFailAsAnUnknownOutcome(UnreadableAnswer answer) throws Exception {
        sandbox().faults().answerUnreadablyNext("batch", 1, answer);

        List<Exchange> exchanges = sendTogether(5);

        exchanges.forEach(exchange -> assertUnknownOutcome(failure(exchange)));
        assertThat(sandbox().calls("batch")).as("not repeated").hasSize(1);
        assertThat(sandbox().calls("im.notify")).hasSize(5);
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrder("Alert 0", "Alert 1", "Alert 2", "Alert 3", "Alert 4");
    }

    private static void assertUnknownOutcome(Bitrix24NotifyException error) {
        assertThat(error).isNotNull();
        assertThat(error.getErrorCode()).isEqualTo(Bitrix24NotifyException.INVALID_RESPONSE);
        assertThat(error.isOutcomeUnknown()).as("outcome unknown: %s", error.getMessage()).isTrue();
        assertThat(error.getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(error.hasHttpStatus()).as("the answer's real status is kept").isTrue();
        assertThat(error.getMessage()).contains("outcome is unknown").doesNotContain("not sent")
                .doesNotContain("not created").doesNotContain("no notification was created");
    }

    /** The exchange's own exception (getException(Class) would find an entry's, attached as suppressed, first). */
    private static Bitrix24NotifyException failure(Exchange exchange) {
        assertThat(exchange.getException()).isInstanceOf(Bitrix24NotifyException.class);
        return (Bitrix24NotifyException) exchange.getException();
    }

    @SuppressWarnings("unchecked")
    private static List<Bitrix24NotifyException> batchErrors(Exchange exchange) {
        return exchange.getMessage().getHeader(Bitrix24NotifyConstants.BATCH_ERRORS, List.class);
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
