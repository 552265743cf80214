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
package io.github.camelbitrix24.notify.client.call;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether the portal may have acted is told by the error itself, set where it is made, without parsing its message. */
class PortalExceptionTest {

    @Test
    void noAnswerOrAServerFailureOfThePortalIsAnUnknownOutcome() {
        assertThat(noAnswer(ErrorCodes.TIMEOUT).getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(noAnswer(ErrorCodes.IO_ERROR).isOutcomeUnknown()).isTrue();
        assertThat(answered("INTERNAL_SERVER_ERROR", 500).getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(answered(ErrorCodes.INVALID_RESPONSE, 502).getOutcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void noAnswerHasNoStatusAndSaysTheOutcomeIsUnknown() {
        PortalException timeout = noAnswer(ErrorCodes.TIMEOUT);

        assertThat(timeout.hasHttpStatus()).isFalse();
        assertThat(timeout.getHttpStatus()).isZero();
        assertThat(timeout.getMessage()).endsWith("no answer from the portal: the outcome is unknown");
    }

    @Test
    void anUnreadableAnswerToACallThatChangesSomethingIsAnUnknownOutcomeWhereverItIsTold() {
        PortalException unreadable = PortalException.unreadableAnswer(ErrorCodes.INVALID_RESPONSE, "why", 200, "im.notify");

        assertThat(unreadable.getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(unreadable.getHttpStatus()).as("its real status").isEqualTo(200);
        assertThat(unreadable.getMessage()).endsWith("HTTP 200 with an answer that cannot be read: the outcome is unknown");
        assertThat(unreadable.atBatchIndex(2).getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(unreadable.describedAs("other").getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(unreadable.forMethod("batch").getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(unreadable.summarizedAs("im.notify", "ENTRIES_FAILED", "all").getOutcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(answered(ErrorCodes.INVALID_RESPONSE, 200).getOutcome()).as("an unreadable answer to a read")
                .isEqualTo(Outcome.REFUSED);
    }

    @Test
    void whatNeverLeftWasNotSent() {
        for (PortalException notSent : new PortalException[] {
                PortalException.notSent(ErrorCodes.CONNECTION_FAILED, "why", "im.notify", null),
                PortalException.notSent(ErrorCodes.STOPPED, "why", "im.notify", null),
                PortalException.refused("im.notify", "USER_ID_EMPTY", "why") }) {
            assertThat(notSent.getOutcome()).as(notSent.getErrorCode()).isEqualTo(Outcome.NOT_SENT);
            assertThat(notSent.isOutcomeUnknown()).isFalse();
            assertThat(notSent.hasHttpStatus()).isFalse();
            assertThat(notSent.getMessage()).endsWith(", not sent to the portal");
        }
    }

    @Test
    void whatThePortalSaidItDidNotRunIsRefused() {
        assertThat(answered(ErrorCodes.QUERY_LIMIT_EXCEEDED, 503).getOutcome()).isEqualTo(Outcome.REFUSED);
        assertThat(answered(ErrorCodes.OVERLOAD_LIMIT, 503).getOutcome()).isEqualTo(Outcome.REFUSED);
        assertThat(answered(ErrorCodes.OPERATION_TIME_LIMIT, 429).getOutcome()).isEqualTo(Outcome.REFUSED);
        assertThat(answered("ATTACH_OVERSIZE", 200).getOutcome()).isEqualTo(Outcome.REFUSED);
        assertThat(answered("ATTACH_OVERSIZE", 200).isOutcomeUnknown()).isFalse();
        assertThat(answered("ATTACH_OVERSIZE", 200).getMessage()).endsWith(", HTTP 200");
    }

    private static PortalException answered(String code, int status) {
        return PortalException.answered(code, "why", status, "im.notify");
    }

    private static PortalException noAnswer(String code) {
        return PortalException.noAnswer(code, "why", "im.notify", null);
    }
}
