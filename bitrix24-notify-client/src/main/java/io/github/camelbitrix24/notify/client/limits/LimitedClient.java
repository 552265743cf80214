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
package io.github.camelbitrix24.notify.client.limits;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.camelbitrix24.notify.client.call.BatchAnswer;
import io.github.camelbitrix24.notify.client.call.BatchEntry;
import io.github.camelbitrix24.notify.client.call.Bitrix24Client;
import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.Bitrix24Response;
import io.github.camelbitrix24.notify.client.call.CallTime;
import io.github.camelbitrix24.notify.client.call.DelayedSteps;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.Failures;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.call.RateGate;
import io.github.camelbitrix24.notify.client.call.RequestKind;
import io.github.camelbitrix24.notify.client.call.RestClient;

/**
 * Lets each request leave only when the portal's limits allow it: after any pause of its methods, then at its place in
 * the request rate, where sends ({@link RequestKind#SEND}, a batch of sends too) give way to the other calls. Waiting
 * is a scheduled task, never a blocked thread. Every answer is reported back to the limits, so that they follow what
 * the portal says.
 */
public final class LimitedClient implements Bitrix24Client, RateGate {

    private final RestClient delegate;
    private final PortalLimits limits;
    private final DelayedSteps steps;

    public LimitedClient(RestClient delegate, PortalLimits limits, DelayedSteps steps) {
        this.delegate = delegate;
        this.limits = limits;
        this.steps = steps;
    }

    @Override
    public CompletableFuture<Bitrix24Response> call(Bitrix24Request request) {
        limits.methodIs(request.method(), request.kind());
        return whenAllowed(Set.of(request.method()), request.kind(), () -> callPlaced(request));
    }

    @Override
    public CompletableFuture<List<BatchEntry>> batch(List<Bitrix24Request> requests) {
        // each entry keeps its own kind; the batch call is a send when all of them are
        requests.forEach(request -> limits.methodIs(request.method(), request.kind()));
        return whenAllowed(methodsOf(requests), RequestKind.ofBatch(requests), () -> batchPlaced(requests));
    }

    @Override
    public void whenAllowed(Set<String> methods, RequestKind kind, Runnable leave, Consumer<PortalException> abandon) {
        methods.forEach(method -> limits.methodIs(method, kind));
        waitForPlace(methods, kind, leave, abandon);
    }

    private void waitForPlace(Set<String> methods, RequestKind kind, Runnable leave, Consumer<PortalException> abandon) {
        long pause;
        try {
            pause = limits.operatingPauseNanos(methods);
        } catch (PortalException unavailable) {
            abandon.accept(unavailable);
            return;
        }
        if (pause > 0) {
            // a paused call holds no place in the request rate: it asks again once the pause is over
            steps.schedule(() -> waitForPlace(methods, kind, leave, abandon), pause,
                    "paused by the portal's operating limit", abandon);
        } else {
            limits.awaitPlace(kind == RequestKind.SEND, leave, abandon);
        }
    }

    @Override
    public CompletableFuture<Bitrix24Response> callPlaced(Bitrix24Request request) {
        CompletableFuture<Bitrix24Response> answer = sendNow(() -> delegate.call(request));
        long sent = limits.leaving();
        return answer.whenComplete((response, failure) -> {
            PortalException error = failure == null ? null : Failures.unwrap(failure);
            limits.landed(sent, response == null ? CallTime.UNKNOWN : response.time(), error);
            if (error == null) {
                limits.answered(request.method(), response.time());
            } else {
                refused(error, request.method());
            }
        });
    }

    @Override
    public CompletableFuture<List<BatchEntry>> batchPlaced(List<Bitrix24Request> requests) {
        CompletableFuture<BatchAnswer> answered = sendNow(() -> delegate.batchAnswer(requests));
        long sent = limits.batchLeaving(requests.size());
        return answered.whenComplete((answer, failure) -> {
            PortalException error = failure == null ? null : Failures.unwrap(failure);
            limits.landed(sent, answer == null ? CallTime.UNKNOWN : answer.time(), error);
            if (error != null) {
                // a refusal of the whole batch concerns every method in it
                methodsOf(requests).forEach(method -> refused(error, method));
                return;
            }
            List<BatchEntry> entries = answer.entries();
            for (int i = 0; i < entries.size(); i++) {
                BatchEntry entry = entries.get(i);
                String method = requests.get(i).method();
                if (entry.isSuccess()) {
                    limits.answered(method, entry.time());
                } else {
                    refused(entry.error(), method);
                }
            }
        }).thenApply(BatchAnswer::entries);
    }

    private static Set<String> methodsOf(List<Bitrix24Request> requests) {
        Set<String> methods = new LinkedHashSet<>();
        requests.forEach(request -> methods.add(request.method()));
        return methods;
    }

    private void refused(PortalException error, String method) {
        if (ErrorCodes.QUERY_LIMIT_EXCEEDED.equals(error.getErrorCode())) {
            limits.queryLimitExceeded();
        } else if (ErrorCodes.OPERATION_TIME_LIMIT.equals(error.getErrorCode())) {
            limits.operationTimeLimitExceeded(method);
        }
    }

    /** The usual case leaves at once, without a future of its own to wait in; the others wait as the limits say. */
    private <T> CompletableFuture<T> whenAllowed(
            Set<String> methods, RequestKind kind,
            Supplier<CompletableFuture<T>> send) {
        try {
            if (limits.operatingPauseNanos(methods) == 0 && limits.tryLeaveNow()) {
                return send.get();
            }
        } catch (PortalException unavailable) {
            return CompletableFuture.failedFuture(unavailable);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        waitForPlace(methods, kind, () -> send.get().whenComplete((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        }), result::completeExceptionally);
        return result;
    }

    private static <T> CompletableFuture<T> sendNow(Supplier<CompletableFuture<T>> send) {
        try {
            return send.get();
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }
}
