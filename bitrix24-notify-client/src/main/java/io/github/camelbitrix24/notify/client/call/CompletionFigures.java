package io.github.camelbitrix24.notify.client.call;

/**
 * The threads that complete the portals' answers, where the routes go on, at one moment.
 *
 * @param size           the pool's own size (Camel's default thread pool profile); 0 before the first call
 * @param ceiling        the most threads the watchdog grows the pool to
 * @param threads        the pool's threads now
 * @param busy           those running a route now
 * @param largest        the most threads the pool had at once
 * @param answersWaiting answers waiting in the pool's queue for a thread
 * @param threadsAdded   threads the watchdog started because every thread was held while answers waited
 * @param ceilingReached times the watchdog found every thread held at the ceiling, and so added none
 */
public record CompletionFigures(int size, int ceiling, int threads, int busy, int largest, int answersWaiting,
                                long threadsAdded, long ceilingReached) {

    /** Figures of the pools of several components, added up. */
    public CompletionFigures plus(CompletionFigures other) {
        return new CompletionFigures(size + other.size, ceiling + other.ceiling, threads + other.threads,
                busy + other.busy, largest + other.largest, answersWaiting + other.answersWaiting,
                threadsAdded + other.threadsAdded, ceilingReached + other.ceilingReached);
    }
}
