package io.github.camelbitrix24.notify.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A client inside the policies of its portal, holding its share of what clients of that portal share (limits,
 * batches) until {@link #release()}.
 */
public final class LeasedClient implements Bitrix24Client {

    private final Bitrix24Client client;
    private final Runnable release;
    private final AtomicBoolean released = new AtomicBoolean();

    LeasedClient(Bitrix24Client client, Runnable release) {
        this.client = client;
        this.release = release;
    }

    @Override
    public CompletableFuture<Bitrix24Response> call(Bitrix24Request request) {
        return client.call(request);
    }

    @Override
    public CompletableFuture<List<BatchEntry>> batch(List<Bitrix24Request> requests) {
        return client.batch(requests);
    }

    /** The caller is done with this client: what it shared is dropped once no other client uses it. Idempotent. */
    public void release() {
        if (released.compareAndSet(false, true)) {
            release.run();
        }
    }
}
