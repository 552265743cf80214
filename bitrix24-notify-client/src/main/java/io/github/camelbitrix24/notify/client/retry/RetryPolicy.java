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

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;

/**
 * When a failed call is tried again, and after how long.
 * <ul>
 * <li>The portal did not run it (QUERY_LIMIT_EXCEEDED, OPERATION_TIME_LIMIT) or it never reached the portal
 * (CONNECTION_FAILED): it is repeated.</li>
 * <li>The portal may have run it (IO_ERROR, TIMEOUT, a 5xx answer, an answer that cannot be read to a call that changes
 * something): it is repeated only when the request says it is {@link Bitrix24Request#repeatable}, e.g. a read, or a
 * send with a TAG that replaces its first copy. Otherwise it fails with an error that says the outcome is unknown.</li>
 * <li>Anything else is the portal's final answer.</li>
 * </ul>
 * Delays grow exponentially from {@code retryDelay}, with jitter so that many waiting calls do not return at once.
 */
public final class RetryPolicy {

    /** What to do with a failed call. */
    public enum Verdict {
        RETRY,
        FAIL,
        FAIL_OUTCOME_UNKNOWN
    }

    private static final Set<String> NOT_RUN = Set.of(ErrorCodes.QUERY_LIMIT_EXCEEDED, ErrorCodes.OPERATION_TIME_LIMIT,
            ErrorCodes.CONNECTION_FAILED);
    private static final long MAX_DELAY_MILLIS = 30_000;

    private final int maxRetries;
    private final long retryDelayMillis;

    public RetryPolicy(int maxRetries, long retryDelayMillis) {
        this.maxRetries = maxRetries;
        this.retryDelayMillis = retryDelayMillis;
    }

    /**
     * @param retriesDone how many times the request was already repeated
     */
    public Verdict judge(PortalException error, Bitrix24Request request, int retriesDone) {
        boolean notRun = NOT_RUN.contains(error.getErrorCode());
        boolean maybeRun = !notRun && error.isOutcomeUnknown();
        if (maybeRun && !request.repeatable()) {
            return Verdict.FAIL_OUTCOME_UNKNOWN;
        }
        return (notRun || maybeRun) && retriesDone < maxRetries ? Verdict.RETRY : Verdict.FAIL;
    }

    /** How long to wait before the {@code retry}-th repetition (1 for the first): exponential, with jitter. */
    public long delayMillis(int retry) {
        long exponential = retryDelayMillis << Math.min(retry - 1, 20);
        long ceiling = Math.min(exponential, Math.max(MAX_DELAY_MILLIS, retryDelayMillis));
        long half = ceiling / 2;
        return half + ThreadLocalRandom.current().nextLong(ceiling - half + 1);
    }

    /**
     * The error of a call that was not repeated because the portal may have run it. It keeps the original's code,
     * status, outcome and cause, and takes its place rather than wrapping it, so that a route finds it first.
     */
    public static PortalException outcomeUnknown(PortalException error) {
        String description = error.getErrorDescription() == null ? "" : error.getErrorDescription();
        // the message of an error of unknown outcome says so already
        return error.describedAs(
                description + "; not repeated, as the portal may have carried it out (a send is repeated only when it has a TAG "
                                 + "and clientId is set, so that the copy replaces the first)");
    }

    public int maxRetries() {
        return maxRetries;
    }
}
