package io.github.camelbitrix24.notify.api.limits;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.camelbitrix24.notify.api.BatchEntry;
import io.github.camelbitrix24.notify.api.Bitrix24Client;
import io.github.camelbitrix24.notify.api.Bitrix24Request;
import io.github.camelbitrix24.notify.api.Bitrix24Response;
import io.github.camelbitrix24.notify.api.DelayedSteps;
import io.github.camelbitrix24.notify.api.ErrorCodes;
import io.github.camelbitrix24.notify.api.Failures;
import io.github.camelbitrix24.notify.api.PortalException;

/**
 * Lets each request leave only when the portal's limits allow it: after any pause of its methods, then at its
 * place in the request rate, where sends give way to the other calls. Waiting is a scheduled task, never a blocked thread. Every answer is reported back
 * to the limits, so that they follow what the portal says.
 */
public final class LimitedClient implements Bitrix24Client {

    private final Bitrix24Client delegate;
    private final PortalLimits limits;
    private final DelayedSteps steps;
    private final Predicate<String> isSend;

    /**
     * @param isSend whether a method sends notifications: sends give way to other calls waiting for the rate
     */
    public LimitedClient(Bitrix24Client delegate, PortalLimits limits, DelayedSteps steps, Predicate<String> isSend) {
        this.delegate = delegate;
        this.limits = limits;
        this.steps = steps;
        this.isSend = isSend;
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
                        // a refusal of the whole batch concerns every method in it
                        PortalException error = Failures.unwrap(failure);
                        methods.forEach(method -> refused(error, method));
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
        } else if (ErrorCodes.OPERATION_TIME_LIMIT.equals(error.getErrorCode())) {
            limits.operationTimeLimitExceeded(method);
        }
    }

    /** First the pause of a blocked method, then a place in the request rate: a paused call holds no place. */
    private <T> CompletableFuture<T> whenAllowed(Set<String> methods, Supplier<CompletableFuture<T>> send) {
        long pause = limits.operatingPauseNanos(methods);
        if (pause == 0 && limits.tryLeaveNow()) {
            // the usual case: the request leaves now and needs no future of its own to wait in
            return sendNow(send);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        if (pause > 0) {
            schedule(() -> awaitOperatingLimit(methods, send, result), pause, result);
        } else {
            awaitPlace(methods, send, result);
        }
        return result;
    }

    /** After a pause: pauses again if the method is still blocked, else waits for a place in the request rate. */
    private <T> void awaitOperatingLimit(Set<String> methods, Supplier<CompletableFuture<T>> send,
                                         CompletableFuture<T> result) {
        long pause = limits.operatingPauseNanos(methods);
        if (pause > 0) {
            schedule(() -> awaitOperatingLimit(methods, send, result), pause, result);
        } else {
            awaitPlace(methods, send, result);
        }
    }

    private <T> void awaitPlace(Set<String> methods, Supplier<CompletableFuture<T>> send, CompletableFuture<T> result) {
        limits.awaitPlace(methods.stream().allMatch(isSend), () -> relay(send, result), result::completeExceptionally);
    }

    private void schedule(Runnable task, long delayNanos, CompletableFuture<?> result) {
        steps.schedule(task, delayNanos, "paused by the portal's operating limit", result::completeExceptionally);
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
