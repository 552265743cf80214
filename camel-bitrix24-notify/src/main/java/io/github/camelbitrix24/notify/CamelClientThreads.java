package io.github.camelbitrix24.notify;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelbitrix24.notify.api.ClientThreads;
import org.apache.camel.spi.ExecutorServiceManager;

/** The portal client's threads, made and managed by the CamelContext's {@link ExecutorServiceManager}. */
final class CamelClientThreads implements ClientThreads {

    private final Object owner;
    private final ExecutorServiceManager threads;

    CamelClientThreads(Object owner, ExecutorServiceManager threads) {
        this.owner = owner;
        this.threads = threads;
    }

    /** A cached pool: idle threads end after a minute; the routes in flight bound how many there are. */
    @Override
    public ExecutorService newCompletionPool(String name) {
        return threads.newCachedThreadPool(owner, name);
    }

    @Override
    public ScheduledExecutorService newScheduler(String name) {
        return threads.newSingleThreadScheduledExecutor(owner, name);
    }

    @Override
    public void shutdown(ExecutorService pool) {
        threads.shutdown(pool);
    }

    @Override
    public void shutdownNow(ExecutorService pool) {
        threads.shutdownNow(pool);
    }
}
