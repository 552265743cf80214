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
 * The portal's clock as the client can know it, learnt from the answers themselves. Each answer says when the portal
 * started and finished the request by its own clock ({@code time.start}, {@code time.finish}); the client knows when it
 * handed the request to its HTTP client and when its HTTP client received the answer. So the offset between the clocks
 * (portal time = client time + offset) lies between two bounds:
 * <ul>
 * <li>at most {@code start - sent}: the request took some time to get there;</li>
 * <li>at least {@code finish - received}: the answer took some time to come back.</li>
 * </ul>
 * The limits need "now" on the portal's clock no later than the arrival of a request let go now, so they take the lower
 * bound, the largest {@code finish - received} over the recent answers, and never more than the smallest
 * {@code start - sent}. The answer is stamped as received on the HTTP client's I/O thread, so a client busy elsewhere,
 * which hands its answers on late, does not make the portal's clock seem late. The smallest {@code start - sent} alone
 * would not do: the first requests of a cold client take a few hundred milliseconds to reach the portal, and a later,
 * faster one would arrive before the time the limits expect.
 * <p>
 * The bounds are kept over two windows of {@link #WINDOW_NANOS}, so that a clock that steps is followed within two
 * windows; a step back lowers the upper bound at once. Times are in nanoseconds: the client's from
 * {@link System#nanoTime()}, the portal's since the epoch. Until an answer tells the offset, the client's own wall
 * clock stands in for the portal's.
 */
final class PortalClock {

    /** How long one window of observed bounds lasts. */
    static final long WINDOW_NANOS = 60_000_000_000L;

    private final long standInOffset;
    private long lowerNow = Long.MIN_VALUE;
    private long lowerBefore = Long.MIN_VALUE;
    private long upperNow = Long.MAX_VALUE;
    private long upperBefore = Long.MAX_VALUE;
    private long windowStart;
    private boolean known;

    /** @param standInOffset the offset used until an answer tells it: the client's wall clock minus its nanoTime */
    PortalClock(long standInOffset) {
        this.standInOffset = standInOffset;
    }

    static PortalClock ofClientWallClock(long epochNanos, long nowNanos) {
        return new PortalClock(epochNanos - nowNanos);
    }

    /**
     * An answer dated a request: handed to the HTTP client at {@code sentNanos}, started and finished by the portal at
     * {@code startEpochNanos} and {@code finishEpochNanos}, received at {@code receivedNanos}.
     *
     * @return by how much the offset changed from the stand-in, when this is the first answer to tell it; 0 otherwise
     */
    synchronized long observe(
            long sentNanos, long startEpochNanos, long finishEpochNanos, long receivedNanos,
            long nowNanos) {
        boolean first = !known;
        if (first) {
            known = true;
            windowStart = nowNanos;
        } else if (nowNanos - windowStart >= WINDOW_NANOS) {
            boolean lastWindowCounts = nowNanos - windowStart < 2 * WINDOW_NANOS;
            lowerBefore = lastWindowCounts ? lowerNow : Long.MIN_VALUE;
            upperBefore = lastWindowCounts ? upperNow : Long.MAX_VALUE;
            lowerNow = Long.MIN_VALUE;
            upperNow = Long.MAX_VALUE;
            windowStart = nowNanos;
        }
        lowerNow = Math.max(lowerNow, finishEpochNanos - receivedNanos);
        upperNow = Math.min(upperNow, startEpochNanos - sentNanos);
        return first ? offset() - standInOffset : 0;
    }

    /** The offset from the client's nanoTime to the portal's clock: portal time = client time + offset. */
    synchronized long offset() {
        if (!known) {
            return standInOffset;
        }
        return Math.min(Math.max(lowerNow, lowerBefore), Math.min(upperNow, upperBefore));
    }

    /** The earliest portal time at which a request let go at {@code clientNanos} can arrive. */
    long portalNanos(long clientNanos) {
        return clientNanos + offset();
    }

    long standInOffset() {
        return standInOffset;
    }
}
