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
package io.github.camelbitrix24.notify.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.github.camelbitrix24.notify.sandbox.http.ArrivalBucket;

/**
 * The portal limits the sandbox enforces. Changes apply to the next request. By default requests and execution time are
 * unlimited, so tests are never throttled unless they ask for it.
 */
public final class SandboxLimits {

    /** The documented maximum length of a serialized ATTACH. */
    public static final int DEFAULT_ATTACH_MAX_LENGTH = 60_000;
    /** The portal counts operating time in ten one-minute buckets. */
    public static final Duration DEFAULT_OPERATING_RESET_DELAY = Duration.ofMinutes(10);

    private volatile int attachMaxLength = DEFAULT_ATTACH_MAX_LENGTH;
    private volatile Duration operatingResetDelay = DEFAULT_OPERATING_RESET_DELAY;
    private volatile ArrivalBucket requestBucket;
    private volatile Duration operatingLimit;
    private volatile Duration operatingCostPerCall;
    private volatile ResponseLatency latency;
    private volatile Duration clockOffset = Duration.ZERO;

    public int attachMaxLength() {
        return attachMaxLength;
    }

    /** The longest serialized ATTACH (in characters) the send methods accept before ATTACH_OVERSIZE. */
    public SandboxLimits attachMaxLength(int maxLength) {
        if (maxLength <= 0) {
            throw new IllegalArgumentException("The ATTACH limit must be positive");
        }
        this.attachMaxLength = maxLength;
        return this;
    }

    public Duration operatingResetDelay() {
        return operatingResetDelay;
    }

    /**
     * How long a method's execution time counts against its operating limit: {@code time.operating_reset_at} lies this
     * far after the first call of the oldest basket still counted (ten baskets, each a tenth of it, as the portal has
     * ten one-minute baskets). Shorten it to test clients that wait for the reset after OPERATION_TIME_LIMIT.
     */
    public SandboxLimits operatingResetDelay(Duration delay) {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("The operating window must be positive");
        }
        this.operatingResetDelay = delay;
        return this;
    }

    /**
     * Enforces the portal's operating limit: once a caller's execution time in one method, counted over
     * {@link #operatingResetDelay()}, exceeds {@code limit}, its next calls of that method are refused with 429
     * OPERATION_TIME_LIMIT until enough of that time stops counting. Other methods and callers go on. The cloud's limit
     * is 480 s in ten minutes.
     */
    public SandboxLimits operatingLimit(Duration limit) {
        this.operatingLimit = Objects.requireNonNull(limit, "limit");
        return this;
    }

    /** Lifts the operating limit (the default): methods are never blocked for their execution time. */
    public SandboxLimits unlimitedOperatingTime() {
        this.operatingLimit = null;
        return this;
    }

    /** The operating limit; empty while methods are never blocked for their execution time. */
    public Optional<Duration> operatingLimit() {
        return Optional.ofNullable(operatingLimit);
    }

    /**
     * Counts every call as having run this long, instead of its real (sub-millisecond) execution time, so that tests
     * reach the operating limit in a few calls.
     */
    public SandboxLimits operatingCostPerCall(Duration cost) {
        this.operatingCostPerCall = Objects.requireNonNull(cost, "cost");
        return this;
    }

    /** Counts every call's real execution time again (the default). */
    public SandboxLimits measuredOperatingCost() {
        this.operatingCostPerCall = null;
        return this;
    }

    /** The simulated execution time of every call; empty while the real one is counted. */
    public Optional<Duration> operatingCostPerCall() {
        return Optional.ofNullable(operatingCostPerCall);
    }

    /**
     * Enforces the portal's leaky-bucket request limit: HTTP requests beyond {@code burst} that the drain of
     * {@code perSecond} has not made room for get 503 QUERY_LIMIT_EXCEEDED. The cloud plans use 2/s with 50, and 5/s
     * with 250 (Enterprise).
     */
    public SandboxLimits requestRate(double perSecond, int burst) {
        this.requestBucket = new ArrivalBucket(perSecond, burst);
        return this;
    }

    /** Lifts the request-rate limit (the default). */
    public SandboxLimits unlimitedRequestRate() {
        this.requestBucket = null;
        return this;
    }

    /**
     * Answers every request only after a time drawn from {@code latency}, as a real portal over a real network does
     * (e.g. {@link ResponseLatency#REALISTIC}). By default the sandbox answers at once.
     */
    public SandboxLimits latency(ResponseLatency latency) {
        this.latency = latency;
        return this;
    }

    /** Answers at once again (the default). */
    public SandboxLimits noLatency() {
        this.latency = null;
        return this;
    }

    /** The answer time of every request; empty when the sandbox answers at once. */
    public Optional<ResponseLatency> latency() {
        return Optional.ofNullable(latency);
    }

    /**
     * Sets the portal's clock this far from the machine's (ahead when positive), as a real portal's clock differs from
     * its clients': the answers' {@code time} objects ({@code start}, {@code finish}, {@code date_start},
     * {@code operating_reset_at}, ...) read it. The request-rate bucket drains by the time that passes, whatever the
     * clock says.
     */
    public SandboxLimits clockOffset(Duration offset) {
        this.clockOffset = Objects.requireNonNull(offset, "offset");
        return this;
    }

    /** How far the portal's clock stands from the machine's; zero by default. */
    public Duration clockOffset() {
        return clockOffset;
    }

    /** The bucket every HTTP request is counted in; empty while requests are unlimited. */
    public Optional<ArrivalBucket> requestBucket() {
        return Optional.ofNullable(requestBucket);
    }
}
