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
package io.github.camelbitrix24.notify.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.github.camelbitrix24.notify.client.config.SharedLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's shared limits kept in Redis, by stores that each have their own connection, as replicas do.
 */
class SharedLimitsInRedisTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    /** Each test a portal of its own: the buckets outlive a test in Redis. */
    private static final String PORTAL = "http://127.0.0.1:1";
    private static final String OTHER_PORTAL = "http://127.0.0.1:3";
    private static final double RATE = 20;
    private static final int BURST = 50;
    /** Bucket4jLimitsStore keeps one request of headroom at 20/s. */
    private static final int CAPACITY = BURST - 1;

    @Test
    void threeReplicasSendingAtOnceNeverExceedTheBucketPlusTheRate() throws Exception {
        long runNanos = TimeUnit.SECONDS.toNanos(3);
        ConcurrentLinkedQueue<Long> takenAt = new ConcurrentLinkedQueue<>();
        List<RedisRateLimitStore> stores = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RedisRateLimitStore store = new RedisRateLimitStore(REDIS.uri());
            store.start();
            stores.add(store);
        }
        try {
            long start = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            for (RedisRateLimitStore store : stores) {
                SharedLimits limits = store.limitsOf(PORTAL, RATE, BURST);
                Thread replica = new Thread(() -> {
                    while (System.nanoTime() - start < runNanos) {
                        long wait = limits.tryTake();
                        if (wait == 0) {
                            takenAt.add(System.nanoTime() - start);
                            // the answer comes back at once: the request arrived
                            limits.landed(0);
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
        System.out.printf("shared limits in Redis: %d places taken by 3 replicas in %.1f s; the bucket allows at most %.0f%n",
                sorted.size(), seconds, CAPACITY + RATE * seconds);
        assertThat(sorted.size()).isGreaterThan(CAPACITY + (int) (RATE * seconds / 2));
    }

    @Test
    void requestsInFlightOfOneReplicaHoldTheOthersBack() {
        RedisRateLimitStore first = new RedisRateLimitStore(REDIS.uri());
        RedisRateLimitStore second = new RedisRateLimitStore(REDIS.uri());
        try {
            SharedLimits mine = first.limitsOf(PORTAL, 0.5, 10);
            SharedLimits theirs = second.limitsOf(PORTAL, 0.5, 10);
            // 0.5/s keeps one request of headroom: 9 places
            for (int i = 0; i < 9; i++) {
                assertThat(mine.tryTake()).isZero();
            }
            assertThat(theirs.tryTake()).as("nine in flight, none landed").isPositive();

            mine.landed(0);
            assertThat(theirs.tryTake()).as("one landed: it arrived and fills the bucket still").isPositive();

            // another portal has limits of its own
            assertThat(second.limitsOf("http://127.0.0.1:2", 0.5, 10).tryTake()).isZero();
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void anOverflowAndAPauseHoldEveryReplica() {
        RedisRateLimitStore first = new RedisRateLimitStore(REDIS.uri());
        RedisRateLimitStore second = new RedisRateLimitStore(REDIS.uri());
        try {
            SharedLimits mine = first.limitsOf(OTHER_PORTAL, 0.5, 10);
            SharedLimits theirs = second.limitsOf(OTHER_PORTAL, 0.5, 10);

            mine.overflowed();
            assertThat(theirs.tryTake()).isPositive();

            mine.pause("im.notify.get", Duration.ofSeconds(30));
            assertThat(theirs.pauseNanos("IM.NOTIFY.GET")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(31).toNanos());
            assertThat(theirs.pauseNanos("im.notify.personal.add")).isZero();
        } finally {
            first.stop();
            second.stop();
        }
    }
}
