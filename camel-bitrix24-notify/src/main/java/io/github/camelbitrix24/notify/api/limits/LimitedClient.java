package io.github.camelbitrix24.notify.api.limits;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.camelbitrix24.notify.api.BatchEntry;
import io.github.camelbitrix24.notify.api.Bitrix24Client;
import io.github.camelbitrix24.notify.api.Bitrix24Request;
import io.github.camelbitrix24.notify.api.Bitrix24Response;
import io.github.camelbitrix24.notify.api.ErrorCodes;
import io.github.camelbitrix24.notify.api.Failures;
import io.github.camelbitrix24.notify.api.PortalException;

/**
 * Lets each request leave only when the portal's limits allow it: after any pause of its methods, then at its
 * place in the request rate. Waiting is a scheduled task, never a blocked thread. Every answer is reported back
 * to the limits, so that they follow what the portal says.
 */
public final class LimitedClient implements Bitrix24Client {

    private final Bitrix24Client delegate;
    private final PortalLimits limits;
    private final ScheduledExecutorService scheduler;

    public LimitedClient(Bitrix24Client delegate, PortalLimits limits, ScheduledExecutorService scheduler) {
        this.delegate = delegate;
        this.limits = limits;
        this.scheduler = scheduler;
    }

    @Override
    public CompletableFuture<Bitrix24Response> call(Bitrix24Request request) {
        return whenAllowed(Set.of(request.method()), () -> delegate.call(request))
                .whenComplete((response, failure) -> {
                    if (failure == null) {
                        limits.answered(request.method(), response.time());
                    } else {
                        refused(Failures.unwrap(failure), request.method());
                    }
                });
    }

    @Override
    public CompletableFuture<List<BatchEntry>> batch(List<Bitrix24Request> requests) {
        Set<String> methods = new LinkedHashSet<>();
        requests.forEach(request -> methods.add(request.method()));
        return whenAllowed(methods, () -> delegate.batch(requests))
                .whenComplete((entries, failure) -> {
                    if (failure != null) {
                        refused(Failures.unwrap(failure), null);
                        return;
                    }
                    for (int i = 0; i < entries.size(); i++) {
                        BatchEntry entry = entries.get(i);
                        String method = requests.get(i).method();
                        if (entry.isSuccess()) {
                            limits.answered(method, entry.time());
                        } else {
                            refused(entry.error(), method);
                        }
                    }
                });
    }

    private void refused(PortalException error, String method) {
        if (ErrorCodes.QUERY_LIMIT_EXCEEDED.equals(error.getErrorCode())) {
            limits.queryLimitExceeded();
        } else if (ErrorCodes.OPERATION_TIME_LIMIT.equals(error.getErrorCode()) && method != null) {
            limits.operationTimeLimitExceeded(method);
        }
    }

    /** First the pause of a blocked method, then a place in the request rate: a paused call holds no place. */
    private <T> CompletableFuture<T> whenAllowed(Set<String> methods, Supplier<CompletableFuture<T>> send) {
        long pause = limits.operatingPauseNanos(methods);
        long wait = pause > 0 ? 0 : limits.reserveRequestNanos();
        if (pause == 0 && wait == 0) {
            // the usual case: the request leaves now and needs no future of its own to wait in
            return sendNow(send);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        if (pause > 0) {
            schedule(() -> awaitOperatingLimit(methods, send, result), pause, result);
        } else {
            schedule(() -> relay(send, result), wait, result);
        }
        return result;
    }

    /** After a pause: pauses again if the method is still blocked, else waits for a place in the request rate. */
    private <T> void awaitOperatingLimit(Set<String> methods, Supplier<CompletableFuture<T>> send,
                                         CompletableFuture<T> result) {
        long pause = limits.operatingPauseNanos(methods);
        if (pause > 0) {
            schedule(() -> awaitOperatingLimit(methods, send, result), pause, result);
            return;
        }
        long wait = limits.reserveRequestNanos();
        if (wait > 0) {
            schedule(() -> relay(send, result), wait, result);
        } else {
            relay(send, result);
        }
    }

    private void schedule(Runnable task, long delayNanos, CompletableFuture<?> result) {
        try {
            scheduler.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RuntimeException stopped) {
            result.completeExceptionally(new PortalException(ErrorCodes.CONNECTION_FAILED,
                    "The component is stopping; the request was not sent", PortalException.NOT_SENT, null, stopped));
        }
    }

    private static <T> CompletableFuture<T> sendNow(Supplier<CompletableFuture<T>> send) {
        try {
            return send.get();
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    private static <T> void relay(Supplier<CompletableFuture<T>> send, CompletableFuture<T> result) {
        sendNow(send).whenComplete((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        });
    }
}
