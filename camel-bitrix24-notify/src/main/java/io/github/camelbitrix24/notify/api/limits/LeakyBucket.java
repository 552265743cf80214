package io.github.camelbitrix24.notify.api.limits;

/**
 * The portal's request-rate limit, counted on the client's side so that the portal never has to refuse: every
 * request fills the bucket by one, the bucket drains at {@code requestsPerSecond}, and a request that would
 * overflow it must wait until enough has drained. Waiting requests are held by a {@link RateQueue}, which asks
 * the bucket for a place only when one is free, so queued requests leave one drain interval apart.
 * <p>
 * Requests reach the portal a little later than they leave, and not always in the same rhythm. The client's
 * bucket is therefore a little smaller than the portal's: one request, or 50 ms of drain when that is more.
 * <p>
 * Time is given by the caller, in {@link System#nanoTime()} units, so the arithmetic can be checked without a
 * clock.
 */
public final class LeakyBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;
    private static final double JITTER_ALLOWANCE_SECONDS = 0.05;
    /** How far the level may stand above a whole number by floating-point rounding alone. */
    private static final double ROUNDING = 1e-9;

    private final double requestsPerSecond;
    private final int burst;
    private final double capacity;
    private final double drainPerNano;
    private double level;
    private long lastNanos;

    public LeakyBucket(double requestsPerSecond, int burst, long nowNanos) {
        if (!(requestsPerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("The request rate and the burst must be positive, got " + requestsPerSecond
                                               + "/s and " + burst);
        }
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.capacity = Math.max(1, burst - Math.max(1, requestsPerSecond * JITTER_ALLOWANCE_SECONDS));
        this.drainPerNano = requestsPerSecond / NANOS_PER_SECOND;
        this.lastNanos = nowNanos;
    }

    /** Takes a place for one request if the bucket has room for it now. */
    public synchronized boolean tryTake(long nowNanos) {
        drain(nowNanos);
        if (level + 1 - capacity > ROUNDING) {
            return false;
        }
        level += 1;
        return true;
    }

    /** How many nanoseconds from {@code nowNanos} until the bucket has room for one more request; 0 when it has. */
    public synchronized long nanosUntilRoom(long nowNanos) {
        drain(nowNanos);
        double overflow = level + 1 - capacity;
        return overflow <= ROUNDING ? 0 : (long) Math.ceil(overflow / drainPerNano);
    }

    /**
     * The portal answered QUERY_LIMIT_EXCEEDED: its bucket is full whatever this one counted (another client on
     * the same address shares it), so the next requests wait for it to drain.
     */
    public synchronized void overflowed(long nowNanos) {
        drain(nowNanos);
        level = Math.max(level, capacity);
    }

    public double requestsPerSecond() {
        return requestsPerSecond;
    }

    public int burst() {
        return burst;
    }

    private void drain(long nowNanos) {
        if (nowNanos > lastNanos) {
            level = Math.max(0, level - (nowNanos - lastNanos) * drainPerNano);
            lastNanos = nowNanos;
        }
    }
}
