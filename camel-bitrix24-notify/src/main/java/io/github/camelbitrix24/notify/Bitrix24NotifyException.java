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
package io.github.camelbitrix24.notify;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.Failures;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.client.call.PortalException;
import org.apache.camel.RuntimeCamelException;

/**
 * Every failure of the component: refused input (with the code the portal itself would answer), an error answered by
 * the portal, or a transport problem. Routes can handle it with {@code onException(Bitrix24NotifyException.class)} and
 * branch on {@link #getErrorCode()} and {@link #getOutcome()}.
 * <p>
 * It carries what the portal client reported ({@link PortalException}), with the same message and cause; the component
 * converts the client's failures in one place, {@link #of(Throwable)}. Messages never contain the webhook code or
 * tokens.
 */
public class Bitrix24NotifyException extends RuntimeCamelException {

    /** Client-side code: the portal could not be reached (connection refused, DNS, TLS). */
    public static final String CONNECTION_FAILED = ErrorCodes.CONNECTION_FAILED;
    /** Client-side code: the portal did not answer within {@code requestTimeout}; the outcome is unknown. */
    public static final String TIMEOUT = ErrorCodes.TIMEOUT;
    /** Client-side code: the connection failed after the request was sent; the outcome is unknown. */
    public static final String IO_ERROR = ErrorCodes.IO_ERROR;
    /** Client-side code: the component stopped before the request was sent. */
    public static final String STOPPED = ErrorCodes.STOPPED;
    /** Client-side code: the portal answered with a redirect, which is never followed. */
    public static final String REDIRECT_REFUSED = ErrorCodes.REDIRECT_REFUSED;
    /**
     * Client-side code: the answer could not be read (not Bitrix24 JSON, an HTML error page, a proxy's 502, neither a
     * result nor an error, a result of the wrong shape); of unknown outcome when the call changes something.
     */
    public static final String INVALID_RESPONSE = ErrorCodes.INVALID_RESPONSE;
    /**
     * Client-side code: the store of the rate budget shared with other replicas ({@code rateLimitStore}) failed or did
     * not answer; the request was not sent.
     */
    public static final String RATE_LIMIT_STORE_UNAVAILABLE = ErrorCodes.RATE_LIMIT_STORE_UNAVAILABLE;
    /** Client-side code: the portal answered {@code result: false} to a send: no notification was created. */
    public static final String NOT_CREATED = ErrorCodes.NOT_CREATED;

    /**
     * Component code: no entry of a list body was sent, for different reasons; the header
     * {@code CamelBitrix24NotifyBatchErrors} holds each entry's own error. Entries that all failed for one reason give
     * that reason's code instead.
     */
    public static final String ENTRIES_FAILED = "ENTRIES_FAILED";

    /**
     * Component code: the exchange names a portal ({@code CamelBitrix24NotifyMemberId} or {@code memberId}) that the
     * {@code portalDirectory} does not hold (never installed, or uninstalled); nothing was sent.
     */
    public static final String PORTAL_NOT_INSTALLED = "PORTAL_NOT_INSTALLED";

    private final PortalException failure;

    /**
     * A failure made by hand, e.g. to test a route's error handling.
     *
     * @param httpStatus the status of the portal's answer, 0 when none came
     */
    public Bitrix24NotifyException(String errorCode, String errorDescription, Outcome outcome, int httpStatus,
                                   String method) {
        this(new PortalException(errorCode, errorDescription, outcome, httpStatus, method, null));
    }

    private Bitrix24NotifyException(PortalException failure) {
        super(failure.getMessage(), failure.getCause());
        this.failure = failure;
    }

    /**
     * The one conversion of the client's failures: a failure of a future or a call as routes see it, the portal's error
     * inside any wrapping (anything else an IO_ERROR of unknown outcome).
     */
    public static Bitrix24NotifyException of(Throwable failure) {
        Throwable cause = Failures.cause(failure);
        return cause instanceof Bitrix24NotifyException known ? known : new Bitrix24NotifyException(Failures.unwrap(cause));
    }

    /**
     * Whether the portal can have carried the call out: {@link Outcome#NOT_SENT} (it never left the client),
     * {@link Outcome#REFUSED} (the portal answered that it did not), {@link Outcome#UNKNOWN} (sent, no usable answer).
     */
    public Outcome getOutcome() {
        return failure.getOutcome();
    }

    /**
     * Whether the portal may have carried the call out although it failed ({@link Outcome#UNKNOWN}: no answer came, it
     * failed with a 5xx of its own, or a call that changes something got an answer that cannot be read): a send
     * repeated then may be stored twice.
     */
    public boolean isOutcomeUnknown() {
        return failure.isOutcomeUnknown();
    }

    /** What the portal client reported. */
    PortalException portalFailure() {
        return failure;
    }

    /** See {@link PortalException#getErrorCode()}. */
    public String getErrorCode() {
        return failure.getErrorCode();
    }

    /** See {@link PortalException#getErrorDescription()}. */
    public String getErrorDescription() {
        return failure.getErrorDescription();
    }

    /** The HTTP status the portal answered, 0 when no answer came. See {@link PortalException#getHttpStatus()}. */
    public int getHttpStatus() {
        return failure.getHttpStatus();
    }

    /** Whether the portal answered, so that {@link #getHttpStatus()} is its status. */
    public boolean hasHttpStatus() {
        return failure.hasHttpStatus();
    }

    /** See {@link PortalException#getBatchIndex()}. */
    public int getBatchIndex() {
        return failure.getBatchIndex();
    }

    /** See {@link PortalException#getMethod()}. */
    public String getMethod() {
        return failure.getMethod();
    }
}
