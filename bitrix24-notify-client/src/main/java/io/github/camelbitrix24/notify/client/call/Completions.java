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
package io.github.camelbitrix24.notify.client.call;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where callers' futures are completed, and so where their routes go on: never on an HTTP I/O thread. The pool is
 * small, with a queue, so that busy threads take the next answers without a thread woken for each. A route may block on
 * its thread, waiting for another portal call whose answer then sits in the queue: when the queue stands still with
 * every thread held, a watchdog adds threads, up to {@link #CEILING_FACTOR} times the pool's size, and takes them back
 * once the queue is empty. Once the pool is shut down, a completion runs on the calling thread: a late answer still
 * reaches its caller.
 */
public final class Completions implements Executor {

    /**
     * The most threads the watchdog grows the pool to, as a multiple of its size: enough for routes that make a
     * synchronous portal call after a send, while a CPU too busy to run the threads it has gets no more of them.
     */
    public static final int CEILING_FACTOR = 4;
    private static final Logger LOG = LoggerFactory.getLogger(Completions.class);
    /** How often the watchdog looks; a stalled queue is relieved within about twice this. */
    private static final long WATCH_MILLIS = 50;

    private final ExecutorService pool;
    private final ThreadPoolExecutor growable;
    private final int baseThreads;
    private final int ceiling;
    private final CompletionCounters stats;
    // the watchdog's own state, touched by its thread only
    private long completedAtLastLook = -1;
    private int threadsAtLastLook;
    private boolean stalledAtCeiling;
    private boolean ceilingLogged;

    /**
     * @param pool  the completion threads; a {@link ThreadPoolExecutor} grows when it stalls, any other pool is used as
     *              it is
     * @param watch runs the watchdog; shut it down to stop it
     * @param stats counts what the watchdog does
     */
    public Completions(ExecutorService pool, ScheduledExecutorService watch, CompletionCounters stats) {
        this.pool = pool;
        this.growable = pool instanceof ThreadPoolExecutor executor ? executor : null;
        this.baseThreads = growable == null ? 0 : Math.max(1, growable.getCorePoolSize());
        this.ceiling = CEILING_FACTOR * baseThreads;
        this.stats = stats;
        if (growable != null) {
            watch.scheduleWithFixedDelay(this::relieveStall, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void execute(Runnable completion) {
        try {
            pool.execute(completion);
        } catch (RejectedExecutionException stopped) {
            completion.run();
        }
    }

    /** The pool now, with the watchdog's counts. */
    public CompletionFigures figures() {
        if (growable == null) {
            return stats.figures();
        }
        return stats.figures(baseThreads, ceiling, growable.getPoolSize(), growable.getActiveCount(),
                growable.getLargestPoolSize(), growable.getQueue().size());
    }

    private void relieveStall() {
        countThreadsAdded();
        long completed = growable.getCompletedTaskCount();
        boolean waiting = !growable.getQueue().isEmpty();
        // every thread held (by routes waiting for answers that sit in this very queue, say), none finished since the
        // last look; a thread merely slow to be scheduled on a busy CPU is not held
        if (waiting && completed == completedAtLastLook && growable.getActiveCount() >= growable.getPoolSize()) {
            grow();
        } else if (!waiting) {
            stalledAtCeiling = false;
            if (growable.getCorePoolSize() > baseThreads) {
                growable.setCorePoolSize(baseThreads);
            }
        }
        completedAtLastLook = completed;
    }

    /**
     * Counts the threads started since the last look while the core size was above the pool's own: the watchdog's rise
     * let them start, whether the rise itself started them or the answers that arrived after it.
     */
    private void countThreadsAdded() {
        int threads = growable.getPoolSize();
        if (growable.getCorePoolSize() > baseThreads && threads > threadsAtLastLook) {
            stats.threadsAdded(threads - threadsAtLastLook);
        }
        threadsAtLastLook = threads;
    }

    private void grow() {
        int threads = growable.getPoolSize();
        if (threads >= ceiling) {
            if (!stalledAtCeiling) {
                stalledAtCeiling = true;
                stats.ceilingReached();
                warnOnce();
            }
            return;
        }
        int target = Math.min(ceiling, threads + baseThreads);
        if (target > growable.getMaximumPoolSize()) {
            growable.setMaximumPoolSize(target);
        }
        if (target > growable.getCorePoolSize()) {
            growable.setCorePoolSize(target);
        }
        // a rise of the core size starts threads only for the rise: start the rest the queue needs
        while (growable.getPoolSize() < target && !growable.getQueue().isEmpty() && growable.prestartCoreThread()) {
            // one more thread takes the next answer
        }
    }

    private void warnOnce() {
        if (!ceilingLogged) {
            ceilingLogged = true;
            LOG.warn("All {} Bitrix24Notify completion threads (the ceiling, {} times the pool's size) are held while "
                     + "answers wait for them: no more are added. Routes that block after a portal call hold them; hand "
                     + "such work on (threads(), seda:) or raise camel.threadpool.pool-size. A CPU too busy to run the "
                     + "threads looks the same.",
                    ceiling, CEILING_FACTOR);
        }
    }
}
