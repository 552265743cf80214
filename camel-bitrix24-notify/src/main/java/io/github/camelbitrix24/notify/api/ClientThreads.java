package io.github.camelbitrix24.notify.api;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where the client's threads come from, so that the application that embeds it (Camel) creates, names and manages
 * them. The client asks for two: a pool that completes the callers' futures, off the HTTP I/O threads, and one
 * scheduler for every delayed step (rate-limit waits, batch linger, retry delays).
 */
public interface ClientThreads {

    /**
     * A pool for completions that grows with the tasks given to it (a thread per task when all are busy) and never
     * runs a task on the submitting thread: a route that waits for another call must not hold the only thread that
     * would complete it. Once shut down it must refuse tasks with a RejectedExecutionException.
     */
    ExecutorService newCompletionPool(String name);

    /** The scheduler of the delayed steps; the client shuts it down itself. */
    ScheduledExecutorService newScheduler(String name);

    /** Stops taking tasks; tasks given already still run. */
    void shutdown(ExecutorService pool);

    /** Stops at once; tasks not started are dropped. */
    void shutdownNow(ExecutorService pool);
}
