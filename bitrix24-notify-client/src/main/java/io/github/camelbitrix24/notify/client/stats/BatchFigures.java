package io.github.camelbitrix24.notify.client.stats;

/**
 * How a portal's calls were gathered into batches.
 *
 * @param batchesSent    batch calls sent (a batch of one leaves as a plain call and is not counted)
 * @param callsBatched   calls those batches carried
 * @param lastBatchSize  the commands of the last batch sent
 * @param callsWaiting   calls waiting to be sent in a batch now
 */
public record BatchFigures(long batchesSent, long callsBatched, int lastBatchSize, int callsWaiting) {

    /** Calls per batch on average; 0 before the first. */
    public double averageBatchSize() {
        return batchesSent == 0 ? 0 : (double) callsBatched / batchesSent;
    }
}
