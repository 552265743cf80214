package io.github.camelbitrix24.notify.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.github.camelbitrix24.notify.sandbox.http.LeakyBucket;

/**
 * The portal limits the sandbox enforces. Changes apply to the next request. By default requests are unlimited,
 * so tests are never throttled unless they ask for it.
 */
public final class SandboxLimits {

    /** The documented maximum length of a serialized ATTACH. */
    public static final int DEFAULT_ATTACH_MAX_LENGTH = 60_000;
    /** The portal counts operating time in ten one-minute buckets. */
    public static final Duration DEFAULT_OPERATING_RESET_DELAY = Duration.ofMinutes(10);

    private volatile int attachMaxLength = DEFAULT_ATTACH_MAX_LENGTH;
    private volatile Duration operatingResetDelay = DEFAULT_OPERATING_RESET_DELAY;
    private volatile LeakyBucket requestBucket;

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
     * How far after a call its {@code time.operating_reset_at} lies; shorten it to test clients that wait for the
     * reset after OPERATION_TIME_LIMIT.
     */
    public SandboxLimits operatingResetDelay(Duration delay) {
        this.operatingResetDelay = Objects.requireNonNull(delay, "delay");
        return this;
    }

    /**
     * Enforces the portal's leaky-bucket request limit: HTTP requests beyond {@code burst} that the drain of
     * {@code perSecond} has not made room for get 503 QUERY_LIMIT_EXCEEDED. The cloud plans use 2/s with 50, and
     * 5/s with 250 (Enterprise).
     */
    public SandboxLimits requestRate(double perSecond, int burst) {
        this.requestBucket = new LeakyBucket(perSecond, burst);
        return this;
    }

    /** Lifts the request-rate limit (the default). */
    public SandboxLimits unlimitedRequestRate() {
        this.requestBucket = null;
        return this;
    }

    /** The bucket every HTTP request is counted in; empty while requests are unlimited. */
    public Optional<LeakyBucket> requestBucket() {
        return Optional.ofNullable(requestBucket);
    }
}
