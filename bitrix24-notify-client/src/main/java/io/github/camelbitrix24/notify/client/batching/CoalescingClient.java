package io.github.camelbitrix24.notify.client.batching;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.github.camelbitrix24.notify.client.call.BatchEntry;
import io.github.camelbitrix24.notify.client.call.Bitrix24Client;
import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.Bitrix24Response;

/**
 * One endpoint's view of a shared {@link BatchCoalescer}: calls of the coalesced methods (the sends) join its
 * batches; other calls and explicit batches go straight on.
 */
public final class CoalescingClient implements Bitrix24Client {

    private final Bitrix24Client direct;
    private final BatchCoalescer coalescer;
    private final Set<String> coalescedMethods;

    /**
     * @param coalescedMethods the methods, in lower case, whose calls are coalesced
     */
    public CoalescingClient(Bitrix24Client direct, BatchCoalescer coalescer, Set<String> coalescedMethods) {
        this.direct = direct;
        this.coalescer = coalescer;
        this.coalescedMethods = coalescedMethods;
    }

    @Override
    public CompletableFuture<Bitrix24Response> call(Bitrix24Request request) {
        return coalescedMethods.contains(request.method().toLowerCase(Locale.ROOT))
                ? coalescer.submit(request) : direct.call(request);
    }

    @Override
    public CompletableFuture<List<BatchEntry>> batch(List<Bitrix24Request> requests) {
        return direct.batch(requests);
    }
}
