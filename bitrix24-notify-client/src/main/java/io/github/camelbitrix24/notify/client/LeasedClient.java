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
package io.github.camelbitrix24.notify.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.camelbitrix24.notify.client.call.BatchEntry;
import io.github.camelbitrix24.notify.client.call.Bitrix24Client;
import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.Bitrix24Response;

/**
 * A client inside the policies of its portal, holding its share of what clients of that portal share (limits, batches,
 * the OAuth session) until {@link #release()} and the end of its last call: whoever asked for it releases it when it
 * stops (a Camel producer or consumer, which Camel stops when its producer cache evicts it), or after one call. A call
 * still in flight, queued for its place in the rate or lingering in a batch keeps the share, so a portal is never
 * released under it.
 */
public final class LeasedClient implements Bitrix24Client {

    private final Bitrix24Client client;
    private final Runnable share;
    private final AtomicBoolean released = new AtomicBoolean();
    private final AtomicBoolean givenBack = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();

    LeasedClient(Bitrix24Client client, Runnable share) {
        this.client = client;
        this.share = share;
    }

    @Override
    public CompletableFuture<Bitrix24Response> call(Bitrix24Request request) {
        return inFlight(() -> client.call(request));
    }

    @Override
    public CompletableFuture<List<BatchEntry>> batch(List<Bitrix24Request> requests) {
        return inFlight(() -> client.batch(requests));
    }

    /**
     * Counts the call in flight until it ends, whichever way; the caller learns the end once it is counted, so that a
     * release right after it gives the share back at once.
     */
    private <T> CompletableFuture<T> inFlight(Supplier<CompletableFuture<T>> call) {
        inFlight.incrementAndGet();
        CompletableFuture<T> future;
        try {
            future = call.get();
        } catch (RuntimeException refused) {
            callEnded();
            throw refused;
        }
        CompletableFuture<T> counted = new CompletableFuture<>();
        future.whenComplete((result, failure) -> {
            callEnded();
            if (failure != null) {
                counted.completeExceptionally(failure);
            } else {
                counted.complete(result);
            }
        });
        return counted;
    }

    private void callEnded() {
        if (inFlight.decrementAndGet() == 0 && released.get()) {
            giveBack();
        }
    }

    /** The same client, releasing this share too when released. */
    LeasedClient alsoReleasing(Runnable more) {
        return new LeasedClient(client, () -> {
            share.run();
            more.run();
        });
    }

    /**
     * The caller is done with this client: its share goes back once its calls in flight end, and what it shared is
     * dropped once no other client uses it (at once, or after the portals' idle time). Idempotent.
     */
    public void release() {
        if (released.compareAndSet(false, true) && inFlight.get() == 0) {
            giveBack();
        }
    }

    private void giveBack() {
        if (givenBack.compareAndSet(false, true)) {
            share.run();
        }
    }
}
