package io.github.camelbitrix24.notify.api.limits;

/**
 * The portal's request-rate limit, counted on the client's side so that the portal never has to refuse: every
 * request fills the bucket by one, the bucket drains at {@code requestsPerSecond}, and a request that would
 * overflow it must wait until enough has drained. Waiting requests are held by a {@link RateQueue}, which asks
 * the bucket for a place only when one is free, so queued requests leave one drain interval apart.
 * <p>
 * The portal counts a request when it arrives, which is some time after the client let it go: a request that
 * needed a new connection, or left a busy machine late, arrives with later ones. Had the client drained the
 * bucket from the moment it let a request go, the portal, whose bucket only started draining at the arrival,
 * would hold more than the client thinks and answer 503. So a request counts whole while it is in flight, and
 * drains only from the moment its answer (or its failure) came back: it arrived at the portal before that, so the
 * portal never holds more than this bucket. The cost is about one request of burst per rate times answer time.
 * On top, the bucket keeps one request of headroom, or 50 ms of drain when that is more, for the portal's own
 * rounding.
 * <p>
 * Time is given by the caller, in {@link System#nanoTime()} units, so the arithmetic can be checked without a
 * clock.
 */
public final class LeakyBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;
    private static final double JITTER_ALLOWANCE_SECONDS = 0.05;
    /** What {@link #nanosUntilRoom} says when the room depends on an answer still in flight. */
    public static final long UNTIL_AN_ANSWER = Long.MAX_VALUE;
    /** How far the level may stand above a whole number by floating-point rounding alone. */
    private static final double ROUNDING = 1e-9;

    private final double requestsPerSecond;
    private final int burst;
    private final double capacity;
    private final double drainPerNano;
    /** The requests whose answer came back, draining at the rate. */
    private double level;
    /** The requests let go whose answer has not come back: they count whole. */
    private int inFlight;
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

    /** Takes a place for one request if the bucket has room for it now; the request is then in flight. */
    public synchronized boolean tryTake(long nowNanos) {
        drain(nowNanos);
        if (level + inFlight + 1 - capacity > ROUNDING) {
            return false;
        }
        inFlight++;
        return true;
    }

    /** The answer (or the failure) of a request in flight came back: from now on it drains. */
    public synchronized void landed(long nowNanos) {
        drain(nowNanos);
        if (inFlight > 0) {
            inFlight--;
            level += 1;
        }
    }

    /**
     * How many nanoseconds from {@code nowNanos} until the bucket has room for one more request: 0 when it has,
     * {@link #UNTIL_AN_ANSWER} when only an answer still in flight can make room.
     */
    public synchronized long nanosUntilRoom(long nowNanos) {
        drain(nowNanos);
        double overflow = level + inFlight + 1 - capacity;
        if (overflow <= ROUNDING) {
            return 0;
        }
        return overflow - level > ROUNDING ? UNTIL_AN_ANSWER : (long) Math.ceil(overflow / drainPerNano);
    }

    /**
     * The portal answered QUERY_LIMIT_EXCEEDED: its bucket is full whatever this one counted (another client on
     * the same address shares it), so the next requests wait for it to drain.
     */
    public synchronized void overflowed(long nowNanos) {
        drain(nowNanos);
        level = Math.max(level, capacity - inFlight);
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
