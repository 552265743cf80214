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
package io.github.camelbitrix24.notify.client.retry;

import java.util.Map;

import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import org.junit.jupiter.api.Test;

import static io.github.camelbitrix24.notify.client.retry.RetryPolicy.Verdict.FAIL;
import static io.github.camelbitrix24.notify.client.retry.RetryPolicy.Verdict.FAIL_OUTCOME_UNKNOWN;
import static io.github.camelbitrix24.notify.client.retry.RetryPolicy.Verdict.RETRY;
import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are repeated, for which requests (as the operation table stamps them), and after how long. */
class RetryPolicyTest {

    private static final Bitrix24Request SEND = Bitrix24Operation.NOTIFY.request(Map.of("USER_ID", 5, "MESSAGE", "Hi"));
    private static final Bitrix24Request TAGGED_SEND = Bitrix24Operation.SYSTEM_ADD.request(
            Map.of("USER_ID", 5, "MESSAGE", "Hi", "TAG", "BUILD_42", "CLIENT_ID", "app"));
    private static final Bitrix24Request TAG_WITHOUT_CLIENT_ID = Bitrix24Operation.NOTIFY.request(
            Map.of("USER_ID", 5, "MESSAGE", "Hi", "TAG", "BUILD_42"));
    private static final Bitrix24Request READ = Bitrix24Operation.GET.request(Map.of());
    private static final Bitrix24Request ANSWER = Bitrix24Operation.ANSWER.request(Map.of("NOTIFY_ID", 1, "ANSWER_TEXT", "ok"));

    private final RetryPolicy policy = new RetryPolicy(3, 1000);

    private static PortalException error(String code, int status) {
        return PortalException.answered(code, "why", status, "im.notify");
    }

    private static PortalException notSent(String code) {
        return PortalException.notSent(code, "why", "im.notify", null);
    }

    private static PortalException noAnswer(String code) {
        return PortalException.noAnswer(code, "why", "im.notify", null);
    }

    @Test
    void whatThePortalDidNotRunIsRepeated() {
        assertThat(policy.judge(error("QUERY_LIMIT_EXCEEDED", 503), SEND, 0)).isEqualTo(RETRY);
        assertThat(policy.judge(error("OPERATION_TIME_LIMIT", 429), SEND, 0)).isEqualTo(RETRY);
        assertThat(policy.judge(notSent(ErrorCodes.CONNECTION_FAILED), SEND, 0)).isEqualTo(RETRY);
        assertThat(policy.judge(notSent(ErrorCodes.CONNECTION_FAILED), ANSWER, 2)).isEqualTo(RETRY);
    }

    @Test
    void whatThePortalMayHaveRunIsRepeatedOnlyWhenHarmless() {
        for (PortalException maybeRun : new PortalException[] {
                noAnswer(ErrorCodes.IO_ERROR), noAnswer(ErrorCodes.TIMEOUT),
                error("INTERNAL_SERVER_ERROR", 500), error(ErrorCodes.INVALID_RESPONSE, 502),
                PortalException.unreadableAnswer(ErrorCodes.INVALID_RESPONSE, "why", 200, "im.notify") }) {
            assertThat(policy.judge(maybeRun, READ, 0)).as("read after %s", maybeRun.getErrorCode()).isEqualTo(RETRY);
            assertThat(policy.judge(maybeRun, TAGGED_SEND, 0)).as("tagged send").isEqualTo(RETRY);
            assertThat(policy.judge(maybeRun, SEND, 0)).as("send").isEqualTo(FAIL_OUTCOME_UNKNOWN);
            assertThat(policy.judge(maybeRun, TAG_WITHOUT_CLIENT_ID, 0)).as("tag the portal ignores")
                    .isEqualTo(FAIL_OUTCOME_UNKNOWN);
            assertThat(policy.judge(maybeRun, ANSWER, 0)).as("answer").isEqualTo(FAIL_OUTCOME_UNKNOWN);
        }
    }

    @Test
    void theportalsFinalAnswersAreNotRepeated() {
        assertThat(policy.judge(error("USER_ID_EMPTY", 400), SEND, 0)).isEqualTo(FAIL);
        assertThat(policy.judge(error("INVALID_CREDENTIALS", 401), READ, 0)).isEqualTo(FAIL);
        assertThat(policy.judge(error("OVERLOAD_LIMIT", 503), READ, 0)).isEqualTo(FAIL);
    }

    @Test
    void repetitionsStopAtMaxRetries() {
        assertThat(policy.judge(error("QUERY_LIMIT_EXCEEDED", 503), SEND, 2)).isEqualTo(RETRY);
        assertThat(policy.judge(error("QUERY_LIMIT_EXCEEDED", 503), SEND, 3)).isEqualTo(FAIL);
    }

    @Test
    void delaysDoubleWithJitterUpToThirtySeconds() {
        for (int i = 0; i < 100; i++) {
            assertThat(policy.delayMillis(1)).isBetween(500L, 1000L);
            assertThat(policy.delayMillis(2)).isBetween(1000L, 2000L);
            assertThat(policy.delayMillis(3)).isBetween(2000L, 4000L);
            assertThat(policy.delayMillis(10)).isBetween(15_000L, 30_000L);
        }
        assertThat(new RetryPolicy(3, 0).delayMillis(1)).isZero();
    }

    @Test
    void theErrorOfAnUnrepeatedUnreadableAnswerKeepsItsUnknownOutcome() {
        PortalException unrepeated = RetryPolicy.outcomeUnknown(
                PortalException.unreadableAnswer(ErrorCodes.INVALID_RESPONSE, "Unexpected answer", 200, "im.notify"));

        assertThat(unrepeated.isOutcomeUnknown()).isTrue();
        assertThat(unrepeated.getHttpStatus()).isEqualTo(200);
        assertThat(unrepeated.getMessage()).contains("not repeated");
        assertThat(unrepeated.getMessage().split("outcome is unknown", -1)).hasSize(2);
    }

    @Test
    void theErrorOfAnUnrepeatedCallSaysTheOutcomeIsUnknown() {
        PortalException serverError = RetryPolicy.outcomeUnknown(error("INTERNAL_SERVER_ERROR", 500));
        PortalException ioError = RetryPolicy.outcomeUnknown(PortalException.noAnswer(ErrorCodes.IO_ERROR,
                "The connection failed after the request was sent", "im.notify", null));

        assertThat(serverError.getErrorCode()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(serverError.getHttpStatus()).isEqualTo(500);
        assertThat(serverError.getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(ioError.getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(ioError.hasHttpStatus()).as("no answer came").isFalse();
        assertThat(serverError.getMessage()).contains("outcome is unknown", "not repeated", "TAG");
        assertThat(ioError.getMessage()).contains("outcome is unknown", "not repeated");
        assertThat(ioError.getMessage().split("outcome is unknown", -1)).hasSize(2);
    }
}
