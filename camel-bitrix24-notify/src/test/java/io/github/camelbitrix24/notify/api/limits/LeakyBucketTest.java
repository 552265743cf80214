package io.github.camelbitrix24.notify.api.limits;

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
    void aRequestDatedBeforeWhatIsKnownCountsFromTheLatestDate() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);
        IntStream.range(0, 49).forEach(i -> bucket.tryTake(0));
        IntStream.range(0, 48).forEach(i -> bucket.landed(SECOND, SECOND));

        bucket.landed(SECOND, 0);

        // as if it had arrived at 1 s with the others: nothing drained yet at 1 s
        assertThat(bucket.tryTake(SECOND)).isFalse();
        assertThat(bucket.nanosUntilRoom(SECOND)).isEqualTo(SECOND / 2);
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
