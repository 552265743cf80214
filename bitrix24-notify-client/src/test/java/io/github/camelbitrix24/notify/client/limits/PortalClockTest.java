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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's clock learnt from answers, on times the test gives: the offset is the safe one of the two bounds. */
class PortalClockTest {

    private static final long MS = 1_000_000L;
    /** The portal's clock stands 3 s ahead of the client's nanoTime, which starts at 0. */
    private static final long THETA = 3_000 * MS;

    @Test
    void takesTheLargestReturnBoundNotTheSmallestOutwardOne() {
        PortalClock clock = new PortalClock(0);

        // sent at 0, 300 ms to get there (a cold client), worked 10 ms, 1 ms back
        long change = clock.observe(0, THETA + 300 * MS, THETA + 310 * MS, 311 * MS, 2_000 * MS);
        assertThat(change).as("the first answer moves the clock from the stand-in").isEqualTo(THETA - MS);
        // a faster request: 1 ms there, 1 ms back
        clock.observe(400 * MS, THETA + 401 * MS, THETA + 402 * MS, 403 * MS, 2_000 * MS);

        assertThat(clock.offset()).as("never later than a request let go now can arrive").isEqualTo(THETA - MS);
        assertThat(clock.portalNanos(1_000 * MS)).isLessThanOrEqualTo(THETA + 1_000 * MS);
    }

    @Test
    void anAnswerReadLateDoesNotMakeThePortalSeemLate() {
        PortalClock clock = new PortalClock(0);

        // the I/O thread received it 1 ms after the portal finished; the limits heard of it a second later
        clock.observe(0, THETA + 2 * MS, THETA + 3 * MS, 4 * MS, 1_004 * MS);

        assertThat(clock.offset()).isEqualTo(THETA - MS);
    }

    @Test
    void neverAboveTheOutwardBoundWhenTheClocksDisagree() {
        PortalClock clock = new PortalClock(0);

        // the portal's clock stepped back between start and finish: the outward bound is the smaller
        clock.observe(0, THETA + 2 * MS, THETA + 50 * MS, 3 * MS, 10 * MS);

        assertThat(clock.offset()).isEqualTo(THETA + 2 * MS);
    }

    @Test
    void theStandInHoldsUntilAnAnswerAndOldBoundsExpireAfterTwoWindows() {
        PortalClock clock = new PortalClock(42);
        assertThat(clock.offset()).isEqualTo(42);

        clock.observe(0, THETA + 2 * MS, THETA + 3 * MS, 4 * MS, 0);
        // the portal's clock moved 1 s back: its answers now bound the offset lower
        long later = 3 * PortalClock.WINDOW_NANOS;
        clock.observe(later, later + THETA - 998 * MS, later + THETA - 997 * MS, later + 4 * MS, later);

        assertThat(clock.offset()).isEqualTo(THETA - 1_001 * MS);
    }
}
