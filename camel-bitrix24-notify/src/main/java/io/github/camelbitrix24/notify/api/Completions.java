package io.github.camelbitrix24.notify.api;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Where callers' futures are completed, and so where their routes go on: a pool of threads that grows with the calls
 * in flight, so that neither an HTTP I/O thread runs a route nor a route that waits for another call can starve the
 * pool of the thread that would complete it. Once the pool is shut down, a completion runs on the calling thread:
 * a late answer still reaches its caller.
 */
public final class Completions implements Executor {

    private final Executor pool;

    public Completions(Executor pool) {
        this.pool = pool;
    }

    @Override
    public void execute(Runnable completion) {
        try {
            pool.execute(completion);
        } catch (RejectedExecutionException stopped) {
            completion.run();
        }
    }
}
