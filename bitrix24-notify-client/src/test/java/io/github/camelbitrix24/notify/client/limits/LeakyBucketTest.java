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

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bucket's arithmetic, with time given by the test: no clock, no sleeping. */
class LeakyBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aFullBurstLeavesAtOnceKeepingOneRequestOfHeadroom() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);

        assertThat(IntStream.range(0, 49).mapToObj(i -> takeAndLand(bucket, 0))).containsOnly(true);
        assertThat(bucket.tryTake(0)).isFalse();
        assertThat(bucket.nanosUntilRoom(0)).isEqualTo(SECOND / 2);
    }

    @Test
    void waitingRequestsLeaveOneDrainIntervalApart() {
        LeakyBucket bucket = new LeakyBucket(20, 10, 0);
        IntStream.range(0, 9).forEach(i -> takeAndLand(bucket, 0));

        long next = 0;
        for (int i = 1; i <= 3; i++) {
            next += bucket.nanosUntilRoom(next);
            assertThat(next).isEqualTo(i * SECOND / 20);
            assertThat(takeAndLand(bucket, next)).isTrue();
            assertThat(bucket.tryTake(next)).isFalse();
        }
    }

    @Test
    void aWaitingRequestCountsFromTheMomentItAsks() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);
        IntStream.range(0, 49).forEach(i -> takeAndLand(bucket, 0));

        assertThat(bucket.nanosUntilRoom(SECOND / 4)).isEqualTo(SECOND / 4);
    }

    @Test
    void theBucketDrainsAtTheRate() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);
        IntStream.range(0, 49).forEach(i -> takeAndLand(bucket, 0));

        long tenSecondsLater = 10 * SECOND;
        assertThat(IntStream.range(0, 20).mapToObj(i -> takeAndLand(bucket, tenSecondsLater))).containsOnly(true);
        assertThat(bucket.tryTake(tenSecondsLater)).isFalse();
    }

    @Test
    void aRequestInFlightDrainsOnlyFromTheMomentItsAnswerCameBack() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);
        IntStream.range(0, 49).forEach(i -> bucket.tryTake(0));

        // however long the answers take, the portal may have counted the requests only just now
        assertThat(bucket.tryTake(10 * SECOND)).isFalse();
        assertThat(bucket.nanosUntilRoom(10 * SECOND)).isEqualTo(LeakyBucket.UNTIL_AN_ANSWER);

        bucket.landed(10 * SECOND, 10 * SECOND);
        assertThat(bucket.nanosUntilRoom(10 * SECOND)).isEqualTo(SECOND / 2);
        assertThat(bucket.tryTake(10 * SECOND + SECOND / 2)).isTrue();
    }

    @Test
    void aRequestDatedAtItsArrivalDrainsFromThen() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);
        IntStream.range(0, 49).forEach(i -> bucket.tryTake(0));

        // every answer came back after 3 s, the portal having worked 2.5 s on each: all arrived at 0.5 s
        IntStream.range(0, 49).forEach(i -> bucket.landed(3 * SECOND, SECOND / 2));

        // drained from 0.5 s on, not from 3 s: five places free at 3 s
        assertThat(IntStream.range(0, 5).mapToObj(i -> bucket.tryTake(3 * SECOND))).containsOnly(true);
        assertThat(bucket.tryTake(3 * SECOND)).isFalse();
    }

    @Test
    void aRequestDatedIntoABusyBucketCountsWhole() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);
        IntStream.range(0, 49).forEach(i -> bucket.tryTake(0));
        IntStream.range(0, 10).forEach(i -> bucket.landed(SECOND, 0));
        IntStream.range(0, 38).forEach(i -> bucket.landed(SECOND, SECOND));

        // arrived at 0.5 s, the bucket busy since 0: a busy bucket drains at the rate whatever it holds
        bucket.landed(SECOND, SECOND / 2);

        // 49 arrived, 2 drained by 1 s: 47 held, two places free of 49
        assertThat(bucket.tryTake(SECOND)).isTrue();
        assertThat(bucket.tryTake(SECOND)).isTrue();
        assertThat(bucket.tryTake(SECOND)).isFalse();
    }

    @Test
    void aBurstWhoseAnswersComeBackOutOfOrderDrainsFromItsFirstArrival() {
        LeakyBucket bucket = new LeakyBucket(20, 50, 0);
        IntStream.range(0, 49).forEach(i -> bucket.tryTake(0));

        // the burst arrived over 48 ms (1 ms apart, from 10 ms on); the latest arrival's answer came back first
        long firstArrival = SECOND / 100;
        long millisecond = SECOND / 1000;
        for (int i = 48; i >= 0; i--) {
            bucket.landed(SECOND / 10, firstArrival + i * millisecond);
        }

        // the portal's bucket drained from 10 ms: 49 - 20/s * 90 ms = 47.2 held at 100 ms, room for one of 49
        assertThat(bucket.tryTake(SECOND / 10)).isTrue();
        assertThat(bucket.tryTake(SECOND / 10)).isFalse();
        // it held 48.2 at 100 ms; below 48 (room for one) 10 ms later
        assertThat(bucket.nanosUntilRoom(SECOND / 10)).isEqualTo(10 * millisecond);
    }

    @Test
    void aRequestDatedIntoAnEmptyTimeDrainsOverIt() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);
        IntStream.range(0, 49).forEach(i -> bucket.tryTake(0));
        IntStream.range(0, 48).forEach(i -> bucket.landed(SECOND, SECOND));

        // arrived at 0 into an empty bucket: drained by 0.5 s, long before the others came at 1 s
        bucket.landed(SECOND, 0);

        assertThat(bucket.tryTake(SECOND)).isTrue();
        assertThat(bucket.tryTake(SECOND)).isFalse();
    }

    @Test
    void anIdleBucketNeverGoesBelowEmpty() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);

        long anHourLater = 3600 * SECOND;
        assertThat(IntStream.range(0, 49).mapToObj(i -> takeAndLand(bucket, anHourLater))).containsOnly(true);
        assertThat(bucket.nanosUntilRoom(anHourLater)).isEqualTo(SECOND / 2);
    }

    @Test
    void askingForRoomTakesNoPlace() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);
        IntStream.range(0, 48).forEach(i -> takeAndLand(bucket, 0));

        assertThat(bucket.nanosUntilRoom(0)).isZero();
        assertThat(bucket.nanosUntilRoom(0)).isZero();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isFalse();
    }

    @Test
    void aRefusalOfThePortalFillsTheBucket() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);
        takeAndLand(bucket, 0);

        bucket.overflowed(0);

        assertThat(bucket.tryTake(0)).isFalse();
        assertThat(bucket.nanosUntilRoom(0)).isEqualTo(SECOND / 2);
    }

    @Test
    void fastRatesKeepFiftyMillisecondsOfHeadroom() {
        LeakyBucket bucket = new LeakyBucket(100, 50, 0);

        assertThat(IntStream.range(0, 45).mapToObj(i -> takeAndLand(bucket, 0))).containsOnly(true);
        assertThat(bucket.nanosUntilRoom(0)).isEqualTo(SECOND / 100);
    }

    /** A request whose answer comes back at once. */
    private static boolean takeAndLand(LeakyBucket bucket, long nowNanos) {
        boolean taken = bucket.tryTake(nowNanos);
        if (taken) {
            bucket.landed(nowNanos, nowNanos);
        }
        return taken;
    }
}
