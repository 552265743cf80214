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
package io.github.camelbitrix24.notify.client.oauth;

import java.time.Duration;
import java.util.function.LongSupplier;

import io.github.camelbitrix24.notify.client.call.PortalException;

/**
 * How soon the OAuth server may be asked again after a renewal failed in a way that may pass (a 429 or 5xx, a proxy's
 * page, no answer): not before a wait that starts at {@link #FIRST_WAIT} and doubles with every failure in a row up to
 * {@link #LONGEST_WAIT}. Calls that find the access token expired meanwhile fail at once with the last failure, so that
 * a storm of them asks the server once per wait, not once per call. Not thread-safe: its session guards it.
 */
final class RenewalBackoff {

    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final LongSupplier nanoClock;
    private PortalException lastFailure;
    private long nextAttemptAt;
    private Duration wait = Duration.ZERO;

    RenewalBackoff(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** A renewal failed now: the next one waits longer than the last. */
    void failed(PortalException failure) {
        wait = wait.isZero() ? FIRST_WAIT : min(wait.multipliedBy(2), LONGEST_WAIT);
        lastFailure = failure;
        nextAttemptAt = nanoClock.getAsLong() + wait.toNanos();
    }

    /** A renewal succeeded, or the pair changed: the next failure waits the first wait again. */
    void reset() {
        lastFailure = null;
        wait = Duration.ZERO;
    }

    /** The last failure, told as the reason not to ask now; null when the server may be asked. */
    PortalException holdingFailure() {
        if (lastFailure == null) {
            return null;
        }
        long remaining = nextAttemptAt - nanoClock.getAsLong();
        if (remaining <= 0) {
            return null;
        }
        long seconds = (remaining + 999_999_999L) / 1_000_000_000L;
        return lastFailure.describedAs(lastFailure.getErrorDescription() + " (the OAuth server is asked again in "
                                       + seconds + " s at the earliest)");
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
