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
package io.github.camelbitrix24.notify.client.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import io.github.camelbitrix24.notify.client.support.InMemoryRateStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared limits against a Bucket4j store on a clock the test moves: how many places a portal of 20 requests/s and a
 * bucket of 50 (49 places: one of headroom) has after its answers come back, with their arrivals dated or not, compared
 * with what the portal's own leaky bucket holds then.
 */
class Bucket4jSharedLimitsTest {

    private static final double RATE = 20;
    private static final int BURST = 50;
    private static final int PLACES = 49;

    private final AtomicLong now = new AtomicLong(TimeUnit.HOURS.toNanos(1));
    /** Each read and write of a bucket takes a millisecond, as a round trip to a Redis server nearby does. */
    private final InMemoryRateStore store = new InMemoryRateStore(new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return now.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }, Duration.ofMillis(1));
    private SharedLimits limits = new Bucket4jSharedLimits(store, "http://portal", RATE, BURST);

    @Test
    void aBurstAnsweredLateDrainsFromItsArrivalsWhenTheAnswersSaySo() {
        takeAll(PLACES);
        advanceMillis(1000);
        // every request arrived as it left, a second ago: the portal drained 20 of them since
        for (int i = 0; i < PLACES; i++) {
            limits.landed(TimeUnit.SECONDS.toNanos(1));
        }

        assertThat(placesNow()).as("49 arrived, 20 drained: the portal's bucket has room for 20 of 49").isEqualTo(20);
    }

    @Test
    void answersThatDoNotSayWhenTheyArrivedCountFromTheirLanding() {
        takeAll(PLACES);
        advanceMillis(1000);
        for (int i = 0; i < PLACES; i++) {
            limits.landed(0);
        }

        assertThat(placesNow()).as("as if the 49 arrived only now").isZero();
    }

    @Test
    void requestsThatArrivedBehindALevelQueueAndDrainNoFaster() {
        takeAll(PLACES);
        advanceMillis(100);
        // arrived 100 ms ago, at the same moment: the portal drained 2 since, not 2 each
        for (int i = 0; i < PLACES; i++) {
            limits.landed(TimeUnit.MILLISECONDS.toNanos(100));
        }

        assertThat(placesNow()).isEqualTo(2);
    }

    @Test
    void aPortalThatStoodEmptyLongAgoGivesNothingToAnArrivalOfNow() {
        advanceMillis(30_000);
        assertThat(limits.tryTake()).isZero();
        advanceMillis(50);
        // it arrived 10 ms ago: it has drained a fifth of itself, less than a whole place
        limits.landed(TimeUnit.MILLISECONDS.toNanos(10));

        assertThat(placesNow()).isEqualTo(PLACES - 1);
    }

    @Test
    void landingsAtOnceTakeTheEmptyTimeOnceAndNeverLeaveMoreRoomThanThePortalHas() throws Exception {
        // a race shows on some runs only: several bursts, each on a portal of its own
        for (int burst = 1; burst <= 5; burst++) {
            limits = new Bucket4jSharedLimits(store, "http://portal-" + burst, RATE, BURST);
            takeAll(PLACES);
            advanceMillis(1000);
            landAtOnce(PLACES, TimeUnit.SECONDS.toNanos(1));

            // 20 when each landing takes its turn; fewer when one gave up waiting for it, never more
            assertThat(placesNow()).as("burst %d", burst).isBetween(15, 20);
        }
    }

    @Test
    void aTurnHeldByAReplicaThatDiedOnlyDelaysTheLandings() {
        takeAll(PLACES);
        advanceMillis(1000);
        holdTheTurn();
        for (int i = 0; i < PLACES; i++) {
            limits.landed(TimeUnit.SECONDS.toNanos(1));
        }

        assertThat(placesNow()).as("as with the turn: room for 20").isEqualTo(20);
    }

    @Test
    void landingsAtOnceWithoutTheTurnCountThePortalFullAtWorst() throws Exception {
        takeAll(PLACES);
        advanceMillis(1000);
        holdTheTurn();
        landAtOnce(PLACES, TimeUnit.SECONDS.toNanos(1));
        // each may have taken the excess that another took too, but none below an empty bucket; the landings that
        // came after one of them emptied it each took their own token: at worst twice the bucket to drain, not the
        // minute the portal had stood empty
        advanceMillis(Math.round(2 * PLACES / RATE * 1000));

        assertThat(placesNow()).as("every place free again").isEqualTo(PLACES);
    }

    /** What a replica killed while it took the excess leaves behind: the turn, taken, until its lease ends. */
    private void holdTheTurn() {
        assertThat(store.builder().build("bitrix24-notify:http://portal:20/s:50:clip", () -> Bucket4jSharedLimits.CLIP)
                .tryConsume(1))
                .isTrue();
    }

    private void landAtOnce(int landings, long lateNanos) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < landings; i++) {
            Thread landing = new Thread(() -> {
                awaitQuietly(start);
                limits.landed(lateNanos);
            });
            landing.start();
            threads.add(landing);
        }
        start.countDown();
        for (Thread landing : threads) {
            landing.join();
        }
    }

    private void takeAll(int places) {
        for (int i = 0; i < places; i++) {
            assertThat(limits.tryTake()).as("place %d", i + 1).isZero();
        }
        assertThat(limits.tryTake()).as("no place past %d in flight", places).isPositive();
    }

    /** How many requests can leave now: they are then in flight, so each test counts once, at its end. */
    private int placesNow() {
        int places = 0;
        while (limits.tryTake() == 0) {
            places++;
        }
        return places;
    }

    private void advanceMillis(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
