package io.github.camelbitrix24.notify.client.call;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether the portal may have acted is told by the error itself, without parsing its message. */
class PortalExceptionTest {

    @Test
    void noAnswerOrAServerFailureOfThePortalIsAnUnknownOutcome() {
        assertThat(error(ErrorCodes.TIMEOUT, PortalException.NO_ANSWER).isOutcomeUnknown()).isTrue();
        assertThat(error(ErrorCodes.IO_ERROR, PortalException.NO_ANSWER).isOutcomeUnknown()).isTrue();
        assertThat(error("INTERNAL_SERVER_ERROR", 500).isOutcomeUnknown()).isTrue();
        assertThat(error(ErrorCodes.INVALID_RESPONSE, 502).isOutcomeUnknown()).isTrue();
    }

    @Test
    void anUnreadableAnswerToACallThatChangesSomethingIsAnUnknownOutcomeWhereverItIsTold() {
        PortalException unreadable = PortalException.unreadableAnswer(ErrorCodes.INVALID_RESPONSE, "why", 200, "im.notify");

        assertThat(unreadable.isOutcomeUnknown()).isTrue();
        assertThat(unreadable.getMessage()).endsWith("HTTP 200 with an answer that cannot be read: the outcome is unknown");
        assertThat(unreadable.atBatchIndex(2).isOutcomeUnknown()).isTrue();
        assertThat(unreadable.describedAs("other").isOutcomeUnknown()).isTrue();
        assertThat(unreadable.forMethod("batch").isOutcomeUnknown()).isTrue();
        assertThat(unreadable.summarizedAs("im.notify", "ENTRIES_FAILED", "all").isOutcomeUnknown()).isTrue();
        assertThat(error(ErrorCodes.INVALID_RESPONSE, 200).isOutcomeUnknown()).as("an unreadable answer to a read").isFalse();
    }

    @Test
    void whatNeverLeftOrThePortalDidNotRunIsKnown() {
        assertThat(error(ErrorCodes.CONNECTION_FAILED, PortalException.NOT_SENT).isOutcomeUnknown()).isFalse();
        assertThat(error(ErrorCodes.STOPPED, PortalException.NOT_SENT).isOutcomeUnknown()).isFalse();
        assertThat(error("USER_ID_EMPTY", PortalException.NOT_SENT).isOutcomeUnknown()).isFalse();
        assertThat(error(ErrorCodes.QUERY_LIMIT_EXCEEDED, 503).isOutcomeUnknown()).isFalse();
        assertThat(error(ErrorCodes.OVERLOAD_LIMIT, 503).isOutcomeUnknown()).isFalse();
        assertThat(error(ErrorCodes.OPERATION_TIME_LIMIT, 429).isOutcomeUnknown()).isFalse();
        assertThat(error("ATTACH_OVERSIZE", 200).isOutcomeUnknown()).isFalse();
    }

    private static PortalException error(String code, int status) {
        return new PortalException(code, "why", status, "im.notify");
    }
}
