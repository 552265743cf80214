package io.github.camelbitrix24.notify.client;

import java.lang.ref.Cleaner;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelbitrix24.notify.client.call.BatchEntry;
import io.github.camelbitrix24.notify.client.call.Bitrix24Client;
import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.Bitrix24Response;

/**
 * A client inside the policies of its portal, holding its share of what clients of that portal share (limits,
 * batches) until {@link #release()}, or until nothing refers to it any more: Camel drops the dynamic endpoints it no
 * longer caches (a per-tenant {@code toD}) without stopping them, and their share must not outlive them.
 */
public final class LeasedClient implements Bitrix24Client {

    private static final Cleaner UNREFERENCED = Cleaner.create();

    /** The release itself, apart from the client, so that the cleaner can run it once the client is gone. */
    private static final class Share implements Runnable {
        private final Runnable release;
        private final AtomicBoolean released = new AtomicBoolean();

        Share(Runnable release) {
            this.release = release;
        }

        @Override
        public void run() {
            if (released.compareAndSet(false, true)) {
                release.run();
            }
        }
    }

    private final Bitrix24Client client;
    private final Cleaner.Cleanable share;

    LeasedClient(Bitrix24Client client, Runnable release) {
        this.client = client;
        this.share = UNREFERENCED.register(this, new Share(release));
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
        share.clean();
    }
}
