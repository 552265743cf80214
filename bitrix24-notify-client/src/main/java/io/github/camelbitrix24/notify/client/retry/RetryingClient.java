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
package io.github.camelbitrix24.notify.client.retry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.client.call.BatchEntry;
import io.github.camelbitrix24.notify.client.call.Bitrix24Client;
import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.Bitrix24Response;
import io.github.camelbitrix24.notify.client.call.DelayedSteps;
import io.github.camelbitrix24.notify.client.call.Failures;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.stats.PortalCounters;
import io.github.camelbitrix24.notify.client.stats.RetryCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats failed calls as its {@link RetryPolicy} says, after a scheduled delay (no thread waits). In a batch each
 * command is judged alone: the commands to repeat go again in a smaller batch, the others keep their outcome.
 */
public final class RetryingClient implements Bitrix24Client {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingClient.class);

    private final Bitrix24Client delegate;
    private final RetryPolicy policy;
    private final DelayedSteps steps;
    private final PortalCounters stats;

    /** @param stats counts the calls repeated, by cause, and those failed as of unknown outcome */
    public RetryingClient(Bitrix24Client delegate, RetryPolicy policy, DelayedSteps steps, PortalCounters stats) {
        this.delegate = delegate;
        this.policy = policy;
        this.steps = steps;
        this.stats = stats;
    }

    @Override
    public CompletableFuture<Bitrix24Response> call(Bitrix24Request request) {
        CompletableFuture<Bitrix24Response> result = new CompletableFuture<>();
        attempt(request, 0, result);
        return result;
    }

    private void attempt(Bitrix24Request request, int retriesDone, CompletableFuture<Bitrix24Response> result) {
        delegate.call(request).whenComplete((response, failure) -> {
            if (failure == null) {
                result.complete(response);
                return;
            }
            PortalException error = Failures.unwrap(failure);
            switch (policy.judge(error, request, retriesDone)) {
                case RETRY -> {
                    stats.retried(RetryCause.of(error));
                    later(request.method(), error, retriesDone + 1, result, () -> attempt(request, retriesDone + 1, result));
                }
                case FAIL_OUTCOME_UNKNOWN -> {
                    stats.outcomeUnknown();
                    result.completeExceptionally(RetryPolicy.outcomeUnknown(error));
                }
                case FAIL -> result.completeExceptionally(error);
            }
        });
    }

    @Override
    public CompletableFuture<List<BatchEntry>> batch(List<Bitrix24Request> requests) {
        CompletableFuture<List<BatchEntry>> result = new CompletableFuture<>();
        BatchEntry[] outcomes = new BatchEntry[requests.size()];
        List<Integer> all = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            all.add(i);
        }
        attemptBatch(requests, all, outcomes, 0, result);
        return result;
    }

    /** Sends the commands at these positions; settles the ones that are done and repeats the others. */
    private void attemptBatch(
            List<Bitrix24Request> requests, List<Integer> positions, BatchEntry[] outcomes,
            int retriesDone, CompletableFuture<List<BatchEntry>> result) {
        List<Bitrix24Request> sent = positions.stream().map(requests::get).toList();
        delegate.batch(sent).whenComplete((answered, failure) -> {
            List<BatchEntry> entries = BatchEntry.perCommand(answered, failure, positions.size());
            List<Integer> again = new ArrayList<>();
            PortalException reason = null;
            for (int i = 0; i < positions.size(); i++) {
                int position = positions.get(i);
                BatchEntry entry = entries.get(i);
                if (entry.isSuccess()) {
                    outcomes[position] = entry;
                    continue;
                }
                switch (policy.judge(entry.error(), requests.get(position), retriesDone)) {
                    case RETRY -> {
                        stats.retried(RetryCause.of(entry.error()));
                        again.add(position);
                        reason = entry.error();
                    }
                    case FAIL_OUTCOME_UNKNOWN -> {
                        stats.outcomeUnknown();
                        outcomes[position] = BatchEntry.failure(RetryPolicy.outcomeUnknown(entry.error()));
                    }
                    case FAIL -> outcomes[position] = entry;
                }
            }
            if (again.isEmpty()) {
                result.complete(Arrays.asList(outcomes));
            } else {
                later("batch", reason, retriesDone + 1, result,
                        () -> attemptBatch(requests, again, outcomes, retriesDone + 1, result));
            }
        });
    }

    private void later(
            String method, PortalException reason, int retry, CompletableFuture<?> result,
            Runnable attempt) {
        long delay = policy.delayMillis(retry);
        LOG.debug("Repeating {} in {} ms after {} (retry {} of {})", method, delay, reason.getErrorCode(), retry,
                policy.maxRetries());
        steps.schedule(attempt, TimeUnit.MILLISECONDS.toNanos(delay), "waiting to be repeated after " + reason.getErrorCode(),
                result::completeExceptionally);
    }
}
