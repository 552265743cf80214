package io.github.camelbitrix24.notify.client.call;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The portal, in Bitrix24's own terms: methods, parameters, results and error codes. Implementations own
 * authentication and transport; callers know nothing of HTTP. Futures complete exceptionally with a
 * {@link PortalException}.
 */
public interface Bitrix24Client {

    /** Calls one method. */
    CompletableFuture<Bitrix24Response> call(Bitrix24Request request);

    /**
     * Calls up to {@link #MAX_BATCH_COMMANDS} methods in one {@code batch} request without halting on errors. The
     * entries come back in the order of the requests.
     */
    CompletableFuture<List<BatchEntry>> batch(List<Bitrix24Request> requests);

    /** The most commands one batch call may carry. */
    int MAX_BATCH_COMMANDS = 50;
}
