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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.github.camelbitrix24.notify.client.call.DelayedSteps;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.config.SharedLimits;

/**
 * The requests of one portal waiting for a place in its request rate ({@link LeakyBucket}). They leave in order, except
 * that a call that is not a send (the consumer's poll, a read mark, a read) goes before every waiting send: a backlog
 * of sends must not hold up the reading side. No thread waits: one timer at a time wakes the queue when the bucket next
 * has room, and a request takes its place only when it leaves.
 */
public final class RateQueue {

    /** A request waiting for its place, and how its caller learns that it will not get one. */
    private record Waiting(Runnable leave, Consumer<PortalException> abandon, long sinceNanos) {
    }

    /** How long the queue sleeps at most while only answers in flight can make room. */
    private static final long ANSWER_WAIT_NANOS = 1_000_000_000L;

    private final LeakyBucket bucket;
    /** The rate shared with other replicas; null when this JVM keeps the portal's rate alone. */
    private final SharedLimits shared;
    /** When the shared rate has a place again, after it refused one; 0 when it did not. */
    private long sharedRoomAt;
    private final LongSupplier nanoTime;
    /** The bucket counts on the portal's clock; waits and the shared rate on the client's. */
    private final PortalClock portalClock;
    private final DelayedSteps steps;
    private final Deque<Waiting> reads = new ArrayDeque<>();
    private final Deque<Waiting> sends = new ArrayDeque<>();
    private boolean timerSet;
    /** Which timer is the live one: an answer that made room releases at once and makes the pending timer stale. */
    private long timerGeneration;

    RateQueue(LeakyBucket bucket, SharedLimits shared, LongSupplier nanoTime, PortalClock portalClock, DelayedSteps steps) {
        this.bucket = bucket;
        this.shared = shared;
        this.nanoTime = nanoTime;
        this.portalClock = portalClock;
        this.steps = steps;
    }

    /** Takes a place now if nobody waits and the bucket has room: the usual case, which needs no queueing. */
    public synchronized boolean tryLeaveNow() {
        return reads.isEmpty() && sends.isEmpty() && take(nanoTime.getAsLong());
    }

    /**
     * A place in this JVM's bucket, and in the shared rate when there is one; both or none.
     *
     * @throws PortalException RATE_LIMIT_STORE_UNAVAILABLE when the shared rate's store failed
     */
    private boolean take(long now) {
        if (shared != null && now < sharedRoomAt) {
            return false;
        }
        if (!bucket.tryTake(portalClock.portalNanos(now))) {
            return false;
        }
        if (shared != null) {
            long wait;
            try {
                wait = shared.tryTake();
            } catch (PortalException unavailable) {
                bucket.giveBack();
                throw unavailable;
            }
            if (wait > 0) {
                bucket.giveBack();
                sharedRoomAt = now + wait;
                return false;
            }
        }
        return true;
    }

    /** Nanoseconds until a place may be free, as {@link LeakyBucket#nanosUntilRoom}, the shared rate included. */
    private long nanosUntilRoom(long now) {
        long local = bucket.nanosUntilRoom(portalClock.portalNanos(now));
        long sharedWait = shared == null ? 0 : Math.max(0, sharedRoomAt - now);
        return local == LeakyBucket.UNTIL_AN_ANSWER ? local : Math.max(local, sharedWait);
    }

    /**
     * Queues a request; {@code leave} runs once it has its place, or {@code abandon} when the client closes first.
     *
     * @param send whether the request is a send, which gives way to every other waiting request
     */
    public void enter(boolean send, Runnable leave, Consumer<PortalException> abandon) {
        boolean now;
        try {
            synchronized (this) {
                now = tryLeaveNow();
                if (!now) {
                    (send ? sends : reads).addLast(new Waiting(leave, abandon, nanoTime.getAsLong()));
                    wakeLater();
                }
            }
        } catch (PortalException unavailable) {
            abandon.accept(unavailable);
            return;
        }
        if (now) {
            leave.run();
        }
    }

    /** How many requests wait for their place. */
    public synchronized int waiting() {
        return reads.size() + sends.size();
    }

    /** How long the request waiting longest has waited; 0 when none waits. */
    public synchronized long oldestWaitNanos() {
        long now = nanoTime.getAsLong();
        long oldest = now;
        for (Deque<Waiting> queue : List.of(reads, sends)) {
            Waiting first = queue.peekFirst();
            if (first != null) {
                oldest = Math.min(oldest, first.sinceNanos());
            }
        }
        return now - oldest;
    }

    private void wakeLater() {
        if (!timerSet) {
            timerSet = true;
            long generation = ++timerGeneration;
            long nanos = nanosUntilRoom(nanoTime.getAsLong());
            // when only an answer in flight can make room, its landing wakes the queue; the timer is a safety net
            steps.schedule(() -> release(generation), nanos == LeakyBucket.UNTIL_AN_ANSWER ? ANSWER_WAIT_NANOS : nanos,
                    "waiting for the portal's request rate", this::abandonAll);
        }
    }

    /**
     * The answer of a request in flight came back: the bucket drains it from its arrival on, and waiting requests may
     * go. Both times are on the portal's clock.
     */
    public void landed(long portalNowNanos, long arrivedNanos) {
        bucket.landed(portalNowNanos, arrivedNanos);
        if (shared != null) {
            shared.landed(Math.max(0, portalNowNanos - arrivedNanos));
        }
        long generation;
        synchronized (this) {
            if (reads.isEmpty() && sends.isEmpty()) {
                return;
            }
            timerSet = false;
            generation = ++timerGeneration;
        }
        release(generation);
    }

    /** Lets out as many waiting requests as the bucket has room for, reads first; a stale timer does nothing. */
    private void release(long generation) {
        List<Waiting> leaving = new ArrayList<>();
        List<Waiting> refused = new ArrayList<>();
        PortalException refusal = null;
        synchronized (this) {
            if (generation != timerGeneration) {
                return;
            }
            timerSet = false;
            long now = nanoTime.getAsLong();
            try {
                while (!(reads.isEmpty() && sends.isEmpty()) && take(now)) {
                    leaving.add(reads.isEmpty() ? sends.pollFirst() : reads.pollFirst());
                }
            } catch (PortalException unavailable) {
                // the shared rate's store failed: every waiting request would meet it in turn, so they fail now
                refusal = unavailable;
                refused.addAll(reads);
                refused.addAll(sends);
                reads.clear();
                sends.clear();
            }
            if (!(reads.isEmpty() && sends.isEmpty())) {
                wakeLater();
            }
        }
        leaving.forEach(waiting -> waiting.leave().run());
        PortalException failure = refusal;
        refused.forEach(waiting -> waiting.abandon().accept(failure));
    }

    private void abandonAll(PortalException reason) {
        List<Waiting> abandoned;
        synchronized (this) {
            timerSet = false;
            abandoned = new ArrayList<>(reads);
            abandoned.addAll(sends);
            reads.clear();
            sends.clear();
        }
        abandoned.forEach(waiting -> waiting.abandon().accept(reason));
    }
}
