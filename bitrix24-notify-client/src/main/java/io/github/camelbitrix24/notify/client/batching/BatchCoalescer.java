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
package io.github.camelbitrix24.notify.client.batching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.client.call.BatchEntry;
import io.github.camelbitrix24.notify.client.call.Bitrix24Client;
import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.Bitrix24Response;
import io.github.camelbitrix24.notify.client.call.Completions;
import io.github.camelbitrix24.notify.client.call.DelayedSteps;
import io.github.camelbitrix24.notify.client.call.Failures;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.call.RateGate;
import io.github.camelbitrix24.notify.client.call.RequestKind;
import io.github.camelbitrix24.notify.client.stats.PortalCounters;

/**
 * Gathers calls made at about the same time into {@code batch} calls. A batch asks the portal's limits for its place
 * {@code linger} after its first call, or at once when it holds {@code batchSize} calls, and keeps taking calls while
 * it waits: it is sealed only when its place comes, so the end of a burst leaves in as few calls as it can, not one
 * small batch per rate slot. Linger only decides how long a lone call waits when the portal is idle. Each caller still
 * gets its own result or its own error. Calls of different methods never share a batch, so that a method paused by the
 * portal's operating limit holds back no other. A batch of one leaves as the plain call it is.
 * <p>
 * A sealed batch of two or more leaves through the {@link BatchAssembler}, as a list body does, which gives each call
 * its own outcome. The answer of a batch completes its callers on the completion threads, one task each: each caller's
 * route goes on from there, and a slow route must not hold back the 49 others of its batch.
 */
public final class BatchCoalescer {

    private record Pending(Bitrix24Request request, CompletableFuture<Bitrix24Response> result) {
    }

    private final RateGate gate;
    private final BatchAssembler assembler;
    private final int batchSize;
    private final long lingerNanos;
    private final DelayedSteps steps;
    private final Completions completions;
    private final PortalCounters stats;
    private final Map<String, MethodQueue> queues = new ConcurrentHashMap<>();

    /**
     * @param gate        the portal's limits, asked before a batch is sealed
     * @param steps       runs the linger timers
     * @param completions completes the callers of a batch, each on its own task
     * @param stats       counts the calls waiting for a batch
     */
    public BatchCoalescer(RateGate gate, int batchSize, long lingerMillis, DelayedSteps steps, Completions completions,
                          PortalCounters stats) {
        if (batchSize < 2 || batchSize > Bitrix24Client.MAX_BATCH_COMMANDS) {
            throw new IllegalArgumentException(
                    "A coalesced batch holds 2 to " + Bitrix24Client.MAX_BATCH_COMMANDS
                                               + " commands, got " + batchSize);
        }
        this.gate = gate;
        // a sealed batch holds at most batchSize <= 50 calls: one batch call, its place granted already
        this.assembler = new BatchAssembler(gate::batchPlaced);
        this.batchSize = batchSize;
        this.lingerNanos = TimeUnit.MILLISECONDS.toNanos(lingerMillis);
        this.steps = steps;
        this.completions = completions;
        this.stats = stats;
    }

    /** Queues the call for the next batch of its method. */
    public CompletableFuture<Bitrix24Response> submit(Bitrix24Request request) {
        Pending pending = new Pending(request, new CompletableFuture<>());
        stats.callsWaitingForBatch(1);
        queues.computeIfAbsent(request.method(), method -> new MethodQueue(method, request.kind())).add(pending);
        return pending.result();
    }

    /** Sends a sealed batch, whose place the gate granted. */
    private void send(List<Pending> batch) {
        stats.callsWaitingForBatch(-batch.size());
        if (batch.size() == 1) {
            Pending only = batch.get(0);
            gate.callPlaced(only.request()).whenComplete((response, failure) -> {
                if (failure != null) {
                    only.result().completeExceptionally(Failures.unwrap(failure));
                } else {
                    only.result().complete(response);
                }
            });
            return;
        }
        List<Bitrix24Request> requests = batch.stream().map(Pending::request).toList();
        assembler.send(requests).thenAccept(entries -> {
            // every caller on a task of its own, also when the batch failed at once on a timer or caller thread
            for (int i = 0; i < batch.size(); i++) {
                completions.execute(completion(batch.get(i).result(), entries.get(i)));
            }
        });
    }

    /** What completes the caller of a batch's command: its result, or its own error (the batch's, when it failed). */
    private static Runnable completion(CompletableFuture<Bitrix24Response> result, BatchEntry entry) {
        return entry.isSuccess()
                ? () -> result.complete(new Bitrix24Response(entry.result(), entry.time(), 200))
                : () -> result.completeExceptionally(entry.error());
    }

    /** One batch of a method: its calls, whether it asked the limits for its place yet, and whether it left. */
    private static final class Batch {
        private final List<Pending> calls = new ArrayList<>();
        private boolean placeAsked;
        private boolean sealed;
    }

    /** The calls of one method, all of its kind: the open batch, which takes calls until it is full or sealed. */
    private final class MethodQueue {

        private final Set<String> methods;
        private final RequestKind kind;
        private Batch open = new Batch();

        MethodQueue(String method, RequestKind kind) {
            this.methods = Set.of(method);
            this.kind = kind;
        }

        void add(Pending pending) {
            Batch askNow = null;
            Batch lingering = null;
            synchronized (this) {
                Batch batch = open;
                batch.calls.add(pending);
                if (batch.calls.size() >= batchSize) {
                    // full: no more calls; it asks for its place now unless it already waits for one
                    open = new Batch();
                    if (!batch.placeAsked) {
                        batch.placeAsked = true;
                        askNow = batch;
                    }
                } else if (batch.calls.size() == 1 && !batch.placeAsked) {
                    lingering = batch;
                }
            }
            if (askNow != null) {
                askPlace(askNow);
            }
            if (lingering != null) {
                Batch batch = lingering;
                steps.schedule(() -> lingerOver(batch), lingerNanos, "waiting for its batch", reason -> abandon(batch, reason));
            }
        }

        private void lingerOver(Batch batch) {
            synchronized (this) {
                if (batch.placeAsked) {
                    return;
                }
                batch.placeAsked = true;
            }
            askPlace(batch);
        }

        private void askPlace(Batch batch) {
            gate.whenAllowed(methods, kind, () -> send(seal(batch)), reason -> abandon(batch, reason));
        }

        /** The batch's place came: it takes no more calls and leaves with those it has. */
        private synchronized List<Pending> seal(Batch batch) {
            if (open == batch) {
                open = new Batch();
            }
            batch.sealed = true;
            return List.copyOf(batch.calls);
        }

        /** The client closed before the batch left: its callers learn that it never will. One that left is answered. */
        private void abandon(Batch batch, PortalException reason) {
            List<Pending> calls;
            synchronized (this) {
                if (batch.sealed) {
                    return;
                }
                calls = seal(batch);
            }
            stats.callsWaitingForBatch(-calls.size());
            calls.forEach(pending -> pending.result().completeExceptionally(reason));
        }
    }
}
