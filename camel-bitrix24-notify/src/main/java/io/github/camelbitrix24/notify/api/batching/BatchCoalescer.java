package io.github.camelbitrix24.notify.api.batching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.api.BatchEntry;
import io.github.camelbitrix24.notify.api.Bitrix24Client;
import io.github.camelbitrix24.notify.api.Bitrix24Request;
import io.github.camelbitrix24.notify.api.Bitrix24Response;
import io.github.camelbitrix24.notify.api.Completions;
import io.github.camelbitrix24.notify.api.DelayedSteps;
import io.github.camelbitrix24.notify.api.Failures;
import io.github.camelbitrix24.notify.api.PortalException;

/**
 * Gathers calls made at about the same time into {@code batch} calls: a batch leaves when it holds
 * {@code batchSize} commands, or {@code linger} after its first command arrived. Each caller still gets its own
 * result or its own error. Calls of different methods never share a batch, so that a method paused by the
 * portal's operating limit holds back no other. A batch of one leaves as the plain call it is.
 * <p>
 * The answer of a batch completes its callers on the completion threads, one task each: each caller's route goes on
 * from there, and a slow route must not hold back the 49 others of its batch.
 */
public final class BatchCoalescer {

    private record Pending(Bitrix24Request request, CompletableFuture<Bitrix24Response> result) {
    }

    private final Bitrix24Client downstream;
    private final int batchSize;
    private final long lingerNanos;
    private final DelayedSteps steps;
    private final Completions completions;
    private final Map<String, MethodQueue> queues = new ConcurrentHashMap<>();

    /**
     * @param steps       runs the linger timers
     * @param completions completes the callers of a batch, each on its own task
     */
    public BatchCoalescer(Bitrix24Client downstream, int batchSize, long lingerMillis, DelayedSteps steps,
                          Completions completions) {
        if (batchSize < 2 || batchSize > Bitrix24Client.MAX_BATCH_COMMANDS) {
            throw new IllegalArgumentException("A coalesced batch holds 2 to " + Bitrix24Client.MAX_BATCH_COMMANDS
                                               + " commands, got " + batchSize);
        }
        this.downstream = downstream;
        this.batchSize = batchSize;
        this.lingerNanos = TimeUnit.MILLISECONDS.toNanos(lingerMillis);
        this.steps = steps;
        this.completions = completions;
    }

    /** Queues the call for the next batch of its method. */
    public CompletableFuture<Bitrix24Response> submit(Bitrix24Request request) {
        Pending pending = new Pending(request, new CompletableFuture<>());
        List<Pending> full = queues.computeIfAbsent(request.method().toLowerCase(Locale.ROOT), method -> new MethodQueue())
                .add(pending);
        if (full != null) {
            dispatch(full);
        }
        return pending.result();
    }

    private void dispatch(List<Pending> batch) {
        if (batch.size() == 1) {
            Pending only = batch.get(0);
            downstream.call(only.request()).whenComplete((response, failure) -> {
                if (failure != null) {
                    only.result().completeExceptionally(Failures.unwrap(failure));
                } else {
                    only.result().complete(response);
                }
            });
            return;
        }
        List<Bitrix24Request> requests = batch.stream().map(Pending::request).toList();
        downstream.batch(requests).whenComplete((entries, failure) -> {
            // every caller on a task of its own, also when the batch failed at once on a timer or caller thread
            for (int i = 0; i < batch.size(); i++) {
                completeElsewhere(completion(batch.get(i).result(), entries, i, failure));
            }
        });
    }

    /** What completes the caller of the batch's i-th command: its result, its own error, or the batch's failure. */
    private static Runnable completion(CompletableFuture<Bitrix24Response> result, List<BatchEntry> entries, int i,
                                       Throwable failure) {
        if (failure != null) {
            return () -> result.completeExceptionally(Failures.unwrap(failure));
        }
        BatchEntry entry = entries.get(i);
        return entry.isSuccess()
                ? () -> result.complete(new Bitrix24Response(entry.result(), entry.time(), 200))
                : () -> result.completeExceptionally(entry.error());
    }

    private void completeElsewhere(Runnable completion) {
        completions.execute(completion);
    }

    /** The calls of one method waiting for their batch. */
    private final class MethodQueue {

        private List<Pending> waiting = new ArrayList<>();

        /** Adds a call; returns the batch when it is now full. */
        synchronized List<Pending> add(Pending pending) {
            waiting.add(pending);
            if (waiting.size() >= batchSize) {
                return takeAll();
            }
            if (waiting.size() == 1) {
                List<Pending> batch = waiting;
                steps.schedule(() -> lingerOver(batch), lingerNanos, "waiting for its batch",
                        reason -> lingerAbandoned(batch, reason));
            }
            return null;
        }

        private void lingerOver(List<Pending> batch) {
            synchronized (this) {
                if (waiting != batch) {
                    return;
                }
                takeAll();
            }
            dispatch(batch);
        }

        /** The client closed before the batch left: its callers learn that it never will. */
        private void lingerAbandoned(List<Pending> batch, PortalException reason) {
            synchronized (this) {
                if (waiting != batch) {
                    return;
                }
                takeAll();
            }
            batch.forEach(pending -> pending.result().completeExceptionally(reason));
        }

        /** Takes the waiting calls; a linger timer still to come finds its batch gone and does nothing. */
        private List<Pending> takeAll() {
            List<Pending> batch = waiting;
            waiting = new ArrayList<>(batchSize);
            return batch;
        }
    }
}
