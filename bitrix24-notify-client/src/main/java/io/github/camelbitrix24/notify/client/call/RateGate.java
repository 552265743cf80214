package io.github.camelbitrix24.notify.client.call;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;


/**
 * The portal's limits asked first and the request made after: for a caller that decides what to send only once it
 * may go, as a batch that keeps filling while it waits for its place.
 */
public interface RateGate {

    /**
     * Runs {@code leave} once a request of these methods, of this kind, may go (after any operating-limit pause, at its place in
     * the request rate), with its place taken: {@code leave} must then send exactly one request through
     * {@link #callPlaced} or {@link #batchPlaced}. {@code abandon} is told instead when the client closes first.
     */
    void whenAllowed(Set<String> methods, RequestKind kind, Runnable leave, Consumer<PortalException> abandon);

    /** Makes a call whose place {@link #whenAllowed} granted. */
    CompletableFuture<Bitrix24Response> callPlaced(Bitrix24Request request);

    /** Makes a batch call whose place {@link #whenAllowed} granted. */
    CompletableFuture<List<BatchEntry>> batchPlaced(List<Bitrix24Request> requests);
}
