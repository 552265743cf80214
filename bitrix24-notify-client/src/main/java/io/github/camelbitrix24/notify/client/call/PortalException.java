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

import java.util.Objects;

/**
 * A call the portal refused, or that could not be made: the portal's error code (or one of the client's
 * {@link ErrorCodes}), its description, the method, the HTTP status of the portal's answer when one came, and the
 * {@link Outcome}: whether the portal can have carried the call out, set where the failure is made. Messages never
 * contain a secret.
 */
public class PortalException extends RuntimeException {

    private final String errorCode;
    private final String errorDescription;
    private final Outcome outcome;
    private final int httpStatus;
    private final String method;
    private final int batchIndex;

    /**
     * @param httpStatus the status of the portal's answer, 0 when no answer came
     */
    public PortalException(String errorCode, String errorDescription, Outcome outcome, int httpStatus, String method,
                           Throwable cause) {
        this(errorCode, errorDescription, outcome, httpStatus, method, -1, cause);
    }

    private PortalException(String errorCode, String errorDescription, Outcome outcome, int httpStatus, String method,
                            int batchIndex, Throwable cause) {
        super(describe(errorCode, errorDescription, outcome, httpStatus, method, batchIndex), cause);
        this.errorCode = errorCode;
        this.errorDescription = errorDescription;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.httpStatus = httpStatus;
        this.method = method;
        this.batchIndex = batchIndex;
    }

    /** Input refused before any HTTP call, with the code the portal would have answered. */
    public static PortalException refused(String method, String errorCode, String errorDescription) {
        return notSent(errorCode, errorDescription, method, null);
    }

    /** A call that never left the client (no connection, the component stopped, the rate limit store failed). */
    public static PortalException notSent(String errorCode, String errorDescription, String method, Throwable cause) {
        return new PortalException(errorCode, errorDescription, Outcome.NOT_SENT, 0, method, cause);
    }

    /**
     * A call that may have reached the portal but got no answer (a timeout, a connection lost after sending): the
     * outcome is unknown, and repeating a send may duplicate it.
     */
    public static PortalException noAnswer(String errorCode, String errorDescription, String method, Throwable cause) {
        return new PortalException(errorCode, errorDescription, Outcome.UNKNOWN, 0, method, cause);
    }

    /**
     * The portal's own error answer: {@link Outcome#REFUSED}, except a 5xx other than QUERY_LIMIT_EXCEEDED and
     * OVERLOAD_LIMIT (its limits, which refuse the call before running it): a portal failing on its own may have
     * carried the call out, so its outcome is {@link Outcome#UNKNOWN}.
     */
    public static PortalException answered(String errorCode, String errorDescription, int httpStatus, String method) {
        boolean mayHaveRun = httpStatus >= 500 && !ErrorCodes.QUERY_LIMIT_EXCEEDED.equals(errorCode)
                && !ErrorCodes.OVERLOAD_LIMIT.equals(errorCode);
        return new PortalException(
                errorCode, errorDescription, mayHaveRun ? Outcome.UNKNOWN : Outcome.REFUSED,
                httpStatus, method, null);
    }

    /**
     * An answer the client cannot read (not Bitrix24's JSON, neither a result nor an error, a result of the wrong
     * shape) to a call that changes something: the portal may have carried the call out, so the outcome is unknown,
     * with the answer's real status. Only the portal's own error answer, or a refusal before the call, says it did not.
     */
    public static PortalException unreadableAnswer(
            String errorCode, String errorDescription, int httpStatus,
            String method) {
        return new PortalException(errorCode, errorDescription, Outcome.UNKNOWN, httpStatus, method, null);
    }

    /** The same failure, located at one entry of a list of notifications sent through {@code batch}. */
    public PortalException atBatchIndex(int index) {
        return new PortalException(errorCode, errorDescription, outcome, httpStatus, method, index, getCause());
    }

    /** The same failure, told of another method (a call failed because its credentials could not be renewed). */
    public PortalException forMethod(String otherMethod) {
        return new PortalException(errorCode, errorDescription, outcome, httpStatus, otherMethod, batchIndex, this);
    }

    /** The same failure with another description. */
    public PortalException describedAs(String description) {
        return new PortalException(errorCode, description, outcome, httpStatus, method, batchIndex, getCause());
    }

    /**
     * A failure of the same status and outcome with another method, code and description, not located at any entry:
     * what a list body tells of its entries' failures.
     */
    public PortalException summarizedAs(String otherMethod, String otherCode, String description) {
        return new PortalException(otherCode, description, outcome, httpStatus, otherMethod, -1, null);
    }

    /**
     * The text of a failure: the method, the entry of a list, the code, the description and the outcome, e.g.
     * {@code im.notify failed: USER_ID_EMPTY (User ID can't be empty), not sent to the portal}.
     */
    private static String describe(
            String errorCode, String errorDescription, Outcome outcome, int httpStatus,
            String method, int batchIndex) {
        StringBuilder text = new StringBuilder();
        text.append(method != null ? method : "Bitrix24");
        if (batchIndex >= 0) {
            text.append(" (entry ").append(batchIndex).append(" of the list body)");
        }
        text.append(" failed: ").append(errorCode);
        if (errorDescription != null && !errorDescription.isEmpty()) {
            text.append(" (").append(errorDescription).append(')');
        }
        if (outcome == Outcome.NOT_SENT) {
            text.append(", not sent to the portal");
        } else if (httpStatus == 0) {
            text.append(", no answer from the portal");
        } else {
            text.append(", HTTP ").append(httpStatus);
            if (outcome == Outcome.UNKNOWN && ErrorCodes.INVALID_RESPONSE.equals(errorCode)) {
                text.append(" with an answer that cannot be read");
            }
        }
        if (outcome == Outcome.UNKNOWN) {
            text.append(": the outcome is unknown");
        }
        return text.toString();
    }

    /** Whether the portal can have carried the call out: see {@link Outcome}. */
    public Outcome getOutcome() {
        return outcome;
    }

    /**
     * Whether the portal may have carried the call out although it failed ({@link Outcome#UNKNOWN}): repeating such a
     * send may duplicate it.
     */
    public boolean isOutcomeUnknown() {
        return outcome == Outcome.UNKNOWN;
    }

    /** The Bitrix24 error code, e.g. {@code USER_ID_EMPTY} or {@code QUERY_LIMIT_EXCEEDED}, or a client code. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The portal's (or the client's) human readable description of the error. */
    public String getErrorDescription() {
        return errorDescription;
    }

    /** Whether the portal answered (with an error, a redirect, an answer that cannot be read): it has a status. */
    public boolean hasHttpStatus() {
        return httpStatus != 0;
    }

    /** The HTTP status the portal answered, 0 when no answer came (the call was not sent, or got no answer). */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The REST method, e.g. {@code im.notify.get}. */
    public String getMethod() {
        return method;
    }

    /** The position of the failed entry in a list sent through {@code batch}, or -1. */
    public int getBatchIndex() {
        return batchIndex;
    }
}
