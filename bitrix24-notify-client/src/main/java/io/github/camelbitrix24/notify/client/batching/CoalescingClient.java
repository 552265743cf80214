package io.github.camelbitrix24.notify.client.batching;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelbitrix24.notify.client.call.BatchEntry;
import io.github.camelbitrix24.notify.client.call.Bitrix24Client;
import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.Bitrix24Response;
import io.github.camelbitrix24.notify.client.call.RequestKind;

/**
 * One endpoint's view of a shared {@link BatchCoalescer}: sends ({@link RequestKind#SEND}) join its batches; other
 * calls and explicit batches go straight on.
 */
public final class CoalescingClient implements Bitrix24Client {

    private final Bitrix24Client direct;
    private final BatchCoalescer coalescer;

    public CoalescingClient(Bitrix24Client direct, BatchCoalescer coalescer) {
        this.direct = direct;
        this.coalescer = coalescer;
    }

    @Override
    public CompletableFuture<Bitrix24Response> call(Bitrix24Request request) {
        return request.kind() == RequestKind.SEND ? coalescer.submit(request) : direct.call(request);
    }

    @Override
    public CompletableFuture<List<BatchEntry>> batch(List<Bitrix24Request> requests) {
        return direct.batch(requests);
    }
}
