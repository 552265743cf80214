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

        assertThat(IntStream.range(0, 49).mapToLong(i -> bucket.reserve(0))).containsOnly(0L);
        assertThat(bucket.reserve(0)).isEqualTo(SECOND / 2);
    }

    @Test
    void queuedRequestsLeaveOneDrainIntervalApart() {
        LeakyBucket bucket = new LeakyBucket(20, 10, 0);
        IntStream.range(0, 9).forEach(i -> bucket.reserve(0));

        assertThat(bucket.reserve(0)).isEqualTo(SECOND / 20);
        assertThat(bucket.reserve(0)).isEqualTo(2 * SECOND / 20);
        assertThat(bucket.reserve(0)).isEqualTo(3 * SECOND / 20);
    }

    @Test
    void aWaitingRequestCountsFromTheMomentItAsks() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);
        IntStream.range(0, 49).forEach(i -> bucket.reserve(0));

        assertThat(bucket.reserve(SECOND / 4)).isEqualTo(SECOND / 4);
    }

    @Test
    void theBucketDrainsAtTheRate() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);
        IntStream.range(0, 49).forEach(i -> bucket.reserve(0));

        long tenSecondsLater = 10 * SECOND;
        assertThat(IntStream.range(0, 20).mapToLong(i -> bucket.reserve(tenSecondsLater))).containsOnly(0L);
        assertThat(bucket.reserve(tenSecondsLater)).isPositive();
    }

    @Test
    void anIdleBucketNeverGoesBelowEmpty() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);

        long anHourLater = 3600 * SECOND;
        assertThat(IntStream.range(0, 49).mapToLong(i -> bucket.reserve(anHourLater))).containsOnly(0L);
        assertThat(bucket.reserve(anHourLater)).isEqualTo(SECOND / 2);
    }

    @Test
    void aRefusalOfThePortalFillsTheBucket() {
        LeakyBucket bucket = new LeakyBucket(2, 50, 0);
        bucket.reserve(0);

        bucket.overflowed(0);

        assertThat(bucket.reserve(0)).isEqualTo(SECOND / 2);
    }

    @Test
    void fastRatesKeepFiftyMillisecondsOfHeadroom() {
        LeakyBucket bucket = new LeakyBucket(100, 50, 0);

        assertThat(IntStream.range(0, 45).mapToLong(i -> bucket.reserve(0))).containsOnly(0L);
        assertThat(bucket.reserve(0)).isEqualTo(SECOND / 100);
    }
}
