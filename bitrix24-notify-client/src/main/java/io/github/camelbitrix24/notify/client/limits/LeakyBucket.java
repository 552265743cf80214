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
package io.github.camelbitrix24.notify.client.limits;

/**
 * The portal's request-rate limit, counted on the client's side so that the portal never has to refuse: every request
 * fills the bucket by one, the bucket drains at {@code requestsPerSecond}, and a request that would overflow it must
 * wait until enough has drained. Waiting requests are held by a {@link RateQueue}, which asks the bucket for a place
 * only when one is free, so queued requests leave one drain interval apart.
 * <p>
 * The portal counts a request when it arrives, which is some time after the client let it go: a request that needed a
 * new connection, or left a busy machine late, arrives with later ones. Had the client drained the bucket from the
 * moment it let a request go, the portal, whose bucket only started draining at the arrival, would hold more than the
 * client thinks and answer 503. So a request counts whole while it is in flight, and drains only from the moment it
 * surely had arrived: its answer's time minus the processing time the portal reports ({@code time.duration}: the portal
 * started on it no later than that), or the answer's time when the portal says nothing. The portal's bucket never holds
 * more than this one; what is lost is the answer's way back.
 * <p>
 * Answers come back out of order: the first answer of a burst may date a request that arrived 40 ms after the burst's
 * first. A request dated before the latest known date changes the level only by what it would still hold then: in a
 * bucket that stayed busy since it arrived that is all of it (a busy bucket drains at the rate whatever it holds), and
 * it drains only over the time the bucket is known to have stood empty since. Counting it whole would be safe too, but
 * would give up the drain of the burst's spread on every burst. On top, the bucket keeps one request of headroom, or 50
 * ms of drain when that is more, for the portal's own rounding.
 * <p>
 * The portal's answer says when it started on a request by its own clock ({@code time.start}); {@link PortalLimits}
 * dates arrivals by it and gives "now" on the portal's clock too ({@link PortalClock}), so that a client that reads its
 * answers late does not date the arrivals late. Without {@code time.start}, an arrival is dated by its answer as above.
 * <p>
 * Time is given by the caller, in nanoseconds, so the arithmetic can be checked without a clock.
 */
public final class LeakyBucket {

    /** What {@link #nanosUntilRoom} says when the room depends on an answer still in flight. */
    public static final long UNTIL_AN_ANSWER = Long.MAX_VALUE;
    private static final double NANOS_PER_SECOND = 1_000_000_000d;
    private static final double JITTER_ALLOWANCE_SECONDS = 0.05;
    /** How far the level may stand above a whole number by floating-point rounding alone. */
    private static final double ROUNDING = 1e-9;

    private final double requestsPerSecond;
    private final int burst;
    private final double capacity;
    private final double drainPerNano;
    /** The requests known to have arrived, as the portal's bucket held them at {@link #stateNanos}. */
    private double level;
    private long stateNanos;
    /** The requests let go whose arrival is not known yet: they count whole. */
    private int inFlight;
    /** The bucket has held something without a break since then, up to {@link #stateNanos}. */
    private long busySince;
    /** Before {@link #busySince}, the bucket stood empty back to this time (at least). */
    private long emptySince;

    public LeakyBucket(double requestsPerSecond, int burst, long nowNanos) {
        if (!(requestsPerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException(
                    "The request rate and the burst must be positive, got " + requestsPerSecond
                                               + "/s and " + burst);
        }
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.capacity = Math.max(1, burst - Math.max(1, requestsPerSecond * JITTER_ALLOWANCE_SECONDS));
        this.drainPerNano = requestsPerSecond / NANOS_PER_SECOND;
        this.stateNanos = nowNanos;
        this.busySince = nowNanos;
        this.emptySince = nowNanos;
    }

    /** Takes a place for one request if the bucket has room for it now; the request is then in flight. */
    public synchronized boolean tryTake(long nowNanos) {
        if (levelAt(nowNanos) + inFlight + 1 - capacity > ROUNDING) {
            return false;
        }
        inFlight++;
        return true;
    }

    /** A place taken by {@link #tryTake} is not used after all: the request never left. */
    public synchronized void giveBack() {
        if (inFlight > 0) {
            inFlight--;
        }
    }

    /**
     * The answer (or the failure) of a request in flight came back now; the portal had it by {@code arrivedNanos} at
     * the latest ({@code nowNanos} when the answer says nothing of it). From then on it drains.
     */
    public synchronized void landed(long nowNanos, long arrivedNanos) {
        if (inFlight == 0) {
            return;
        }
        inFlight--;
        long arrived = Math.min(arrivedNanos, nowNanos);
        if (arrived >= stateNanos) {
            arriveInOrder(arrived);
        } else {
            arriveEarlier(arrived);
        }
    }

    private void arriveInOrder(long arrived) {
        double before = levelAt(arrived);
        if (before <= 0 && arrived > stateNanos) {
            // the bucket ran dry in between: it stood empty from then until this arrival
            emptySince = stateNanos + (long) Math.ceil(level / drainPerNano);
            busySince = arrived;
        }
        level = before + 1;
        stateNanos = arrived;
    }

    /**
     * A request that arrived before the latest known arrival: it drains only over the known empty time between its
     * arrival and {@link #busySince}; what is left of it carries on into the busy bucket. Arriving before
     * {@link #emptySince}, it is taken as arriving then: a busy bucket it joined ran dry no earlier by it.
     */
    private void arriveEarlier(long arrived) {
        long from = Math.max(arrived, emptySince);
        double drainedBeforeBusy = busySince > from ? (busySince - from) * drainPerNano : 0;
        if (drainedBeforeBusy >= 1) {
            // gone before the busy time began; it kept the bucket busy for one drain interval from its arrival
            emptySince = Math.min(busySince, from + (long) Math.ceil(1 / drainPerNano));
            return;
        }
        level += 1 - drainedBeforeBusy;
        busySince = Math.min(busySince, from);
    }

    /**
     * How many nanoseconds from {@code nowNanos} until the bucket has room for one more request: 0 when it has,
     * {@link #UNTIL_AN_ANSWER} when only an answer still in flight can make room.
     */
    public synchronized long nanosUntilRoom(long nowNanos) {
        double drained = levelAt(nowNanos);
        double overflow = drained + inFlight + 1 - capacity;
        if (overflow <= ROUNDING) {
            return 0;
        }
        return overflow - drained > ROUNDING ? UNTIL_AN_ANSWER : (long) Math.ceil(overflow / drainPerNano);
    }

    /**
     * The clock the times are given on moved by {@code nanos} (the portal's clock took over from a stand-in): what was
     * counted keeps its place in time, now read on the new clock.
     */
    public synchronized void shift(long nanos) {
        stateNanos += nanos;
        busySince += nanos;
        emptySince += nanos;
    }

    /**
     * The portal answered QUERY_LIMIT_EXCEEDED: its bucket is full whatever this one counted (another client on the
     * same address shares it), so the next requests wait for it to drain.
     */
    public synchronized void overflowed(long nowNanos) {
        level = Math.max(levelAt(nowNanos), capacity - inFlight);
        stateNanos = Math.max(stateNanos, nowNanos);
        // no drain is credited before the refusal to answers that come back dated earlier
        busySince = stateNanos;
        emptySince = stateNanos;
    }

    /** The requests counted now: those arrived, drained to now, and those in flight. */
    public synchronized double level(long nowNanos) {
        return levelAt(nowNanos) + inFlight;
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    public double requestsPerSecond() {
        return requestsPerSecond;
    }

    public int burst() {
        return burst;
    }

    /** The level of the arrived requests at a time, drained at the rate since the last known arrival. */
    private double levelAt(long nowNanos) {
        return nowNanos > stateNanos ? Math.max(0, level - (nowNanos - stateNanos) * drainPerNano) : level;
    }
}
