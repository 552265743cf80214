package io.github.camelbitrix24.notify.client.call;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the completion threads' watchdog did, counted across restarts of the pool, so that figures and meters keep
 * counting as the portals' do.
 */
public final class CompletionCounters {

    private final LongAdder threadsAdded = new LongAdder();
    private final LongAdder ceilingReached = new LongAdder();

    /** The watchdog started threads. */
    public void threadsAdded(int threads) {
        threadsAdded.add(threads);
    }

    /** The watchdog found every thread held at the ceiling. */
    public void ceilingReached() {
        ceilingReached.increment();
    }

    /** The counts with what a pool holds now. */
    public CompletionFigures figures(int size, int ceiling, int threads, int busy, int largest, int answersWaiting) {
        return new CompletionFigures(size, ceiling, threads, busy, largest, answersWaiting, threadsAdded.sum(),
                ceilingReached.sum());
    }

    /** The counts, while no pool runs. */
    public CompletionFigures figures() {
        return figures(0, 0, 0, 0, 0, 0);
    }
}
