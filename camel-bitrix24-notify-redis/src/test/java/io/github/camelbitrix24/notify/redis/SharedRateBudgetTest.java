package io.github.camelbitrix24.notify.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's request-rate budget in Redis, shared by stores that each have their own connection, as replicas do.
 */
class SharedRateBudgetTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static final String PORTAL = "http://127.0.0.1:1";
    private static final double RATE = 20;
    private static final int CAPACITY = 50;
    /** One place every 2 s: slow enough that nothing refills while a test looks. */
    private static final double SLOW_RATE = 0.5;

    @Test
    void threeReplicasTakingAtOnceNeverExceedTheCapacityPlusTheRate() throws Exception {
        int replicas = 3;
        long runNanos = TimeUnit.SECONDS.toNanos(3);
        ConcurrentLinkedQueue<Long> takenAt = new ConcurrentLinkedQueue<>();
        List<RedisRateLimitStore> stores = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            RedisRateLimitStore store = new RedisRateLimitStore(REDIS.uri());
            store.start();
            stores.add(store);
        }
        try {
            // the bucket comes into being, full, on the first take: no earlier than this
            long start = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            for (RedisRateLimitStore store : stores) {
                SharedRateBudget budget = store.budget(PORTAL, RATE, CAPACITY);
                Thread replica = new Thread(() -> {
                    while (System.nanoTime() - start < runNanos) {
                        long wait = budget.tryTake();
                        if (wait == 0) {
                            // recorded after the take: never earlier than it
                            takenAt.add(System.nanoTime() - start);
                        } else {
                            LockSupport.parkNanos(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(20)));
                        }
                    }
                });
                replica.start();
                threads.add(replica);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        } finally {
            stores.forEach(RedisRateLimitStore::stop);
        }

        List<Long> sorted = takenAt.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            double seconds = sorted.get(i) / 1e9;
            // one more for the millisecond clock Bucket4j keeps time with
            assertThat(i + 1.0).as("places taken by %.3f s", seconds).isLessThanOrEqualTo(CAPACITY + RATE * seconds + 1);
        }
        double seconds = runNanos / 1e9;
        System.out.printf("shared budget: %d places taken by %d replicas in %.1f s; the bucket allows at most %.0f%n",
                sorted.size(), replicas, seconds, CAPACITY + RATE * seconds);
        // the replicas together kept taking places as they came: far more than one bucket's worth
        assertThat(sorted.size()).isGreaterThan(CAPACITY + (int) (RATE * seconds / 2));
    }

    @Test
    void whatOneReplicaTakesTheOthersNoLongerHave() {
        RedisRateLimitStore first = new RedisRateLimitStore(REDIS.uri());
        RedisRateLimitStore second = new RedisRateLimitStore(REDIS.uri());
        first.start();
        second.start();
        try {
            SharedRateBudget mine = first.budget(PORTAL, SLOW_RATE, CAPACITY);
            SharedRateBudget theirs = second.budget(PORTAL, SLOW_RATE, CAPACITY);
            for (int i = 0; i < CAPACITY; i++) {
                assertThat(mine.tryTake()).isZero();
            }
            assertThat(theirs.tryTake()).isPositive().isLessThanOrEqualTo(TimeUnit.SECONDS.toNanos(2));

            // another portal has a budget of its own
            assertThat(second.budget("http://127.0.0.1:2", SLOW_RATE, CAPACITY).tryTake()).isZero();
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void anOverflowEmptiesTheBudgetForEveryReplica() {
        RedisRateLimitStore first = new RedisRateLimitStore(REDIS.uri());
        RedisRateLimitStore second = new RedisRateLimitStore(REDIS.uri());
        first.start();
        second.start();
        try {
            SharedRateBudget mine = first.budget(PORTAL, SLOW_RATE, CAPACITY);
            SharedRateBudget theirs = second.budget(PORTAL, SLOW_RATE, CAPACITY);
            assertThat(theirs.available()).isEqualTo(CAPACITY);

            mine.overflowed();

            assertThat(theirs.available()).isZero();
            assertThat(theirs.tryTake()).isPositive();
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void aPlaceGivenBackCanBeTakenAgain() {
        RedisRateLimitStore store = new RedisRateLimitStore(REDIS.uri());
        store.start();
        try {
            SharedRateBudget budget = store.budget(PORTAL, SLOW_RATE, 1);
            assertThat(budget.tryTake()).isZero();
            assertThat(budget.tryTake()).isPositive();

            budget.giveBack();

            assertThat(budget.tryTake()).isZero();
        } finally {
            store.stop();
        }
    }
}
