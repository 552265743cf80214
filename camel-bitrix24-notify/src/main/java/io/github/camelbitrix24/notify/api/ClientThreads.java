package io.github.camelbitrix24.notify.api;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where the client's threads come from, so that the application that embeds it (Camel) creates, names and manages
 * them. The client asks for two: a pool that completes the callers' futures, off the HTTP I/O threads, and one
 * scheduler for every delayed step (rate-limit waits, batch linger, retry delays).
 */
public interface ClientThreads {

    /** A pool for completions; it must never run a task on the submitting thread. */
    ExecutorService newCompletionPool(String name);

    ScheduledExecutorService newScheduler(String name);

    /** Stops taking tasks; queued ones still run. */
    void shutdown(ExecutorService pool);

    /** Stops at once; queued tasks are dropped. */
    void shutdownNow(ExecutorService pool);
}
