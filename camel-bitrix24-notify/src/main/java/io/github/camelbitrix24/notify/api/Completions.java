package io.github.camelbitrix24.notify.api;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where callers' futures are completed, and so where their routes go on: never on an HTTP I/O thread. The pool is
 * small, with a queue, so that busy threads take the next answers without a thread woken for each. A route may
 * block on its thread, waiting for another portal call whose answer then sits in the queue: when the queue stands
 * still with every thread held, a watchdog adds threads, and takes them back once the queue is empty. Once the pool
 * is shut down, a completion runs on the calling thread: a late answer still reaches its caller.
 */
public final class Completions implements Executor {

    /** How often the watchdog looks; a stalled queue is relieved within about twice this. */
    private static final long WATCH_MILLIS = 50;

    private final ExecutorService pool;
    private final ThreadPoolExecutor growable;
    private final int baseThreads;
    private long completedAtLastLook = -1;

    /**
     * @param pool  the completion threads; a {@link ThreadPoolExecutor} grows when it stalls, any other pool is used
     *              as it is
     * @param watch runs the watchdog; shut it down to stop it
     */
    public Completions(ExecutorService pool, ScheduledExecutorService watch) {
        this.pool = pool;
        this.growable = pool instanceof ThreadPoolExecutor executor ? executor : null;
        this.baseThreads = growable == null ? 0 : growable.getCorePoolSize();
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

    private void relieveStall() {
        long completed = growable.getCompletedTaskCount();
        boolean waiting = !growable.getQueue().isEmpty();
        if (waiting && completed == completedAtLastLook) {
            // every thread is held (by routes waiting for answers that sit in this very queue): more threads
            int more = growable.getCorePoolSize() + baseThreads;
            growable.setMaximumPoolSize(Math.max(more, growable.getMaximumPoolSize()));
            growable.setCorePoolSize(more);
        } else if (!waiting && growable.getCorePoolSize() > baseThreads) {
            growable.setCorePoolSize(baseThreads);
        }
        completedAtLastLook = completed;
    }
}
