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
package io.github.camelbitrix24.notify.client.batching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.github.camelbitrix24.notify.client.call.BatchEntry;
import io.github.camelbitrix24.notify.client.call.Bitrix24Client;
import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.PortalException;

/**
 * The one place that turns N requests into {@code batch} calls of at most {@link Bitrix24Client#MAX_BATCH_COMMANDS}
 * commands and gives back one outcome per request, in request order: its result, or its own {@link PortalException}. A
 * batch call that fails as a whole fails each of its entries with that failure, so a caller never reads a batch's
 * failure and its entries apart. Used for a list body (through the client, all batches at once: the portal's limits
 * decide when each leaves) and for a sealed group of coalesced calls (through the rate gate, its place granted).
 * <p>
 * The index of an entry within the caller's own list is the caller's to tell ({@link PortalException#atBatchIndex}): a
 * list body numbers its entries, coalesced calls are separate exchanges and have none.
 */
public final class BatchAssembler {

    private final Function<List<Bitrix24Request>, CompletableFuture<List<BatchEntry>>> batchCall;

    /**
     * @param batchCall makes one {@code batch} call of at most 50 commands, its entries in the order of the requests
     */
    public BatchAssembler(Function<List<Bitrix24Request>, CompletableFuture<List<BatchEntry>>> batchCall) {
        this.batchCall = batchCall;
    }

    /**
     * Sends the requests as batch calls of at most 50 commands, all at once.
     *
     * @return one entry per request, in request order; the future itself does not fail
     */
    public CompletableFuture<List<BatchEntry>> send(List<Bitrix24Request> requests) {
        BatchEntry[] outcomes = new BatchEntry[requests.size()];
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (int from = 0; from < requests.size(); from += Bitrix24Client.MAX_BATCH_COMMANDS) {
            int to = Math.min(from + Bitrix24Client.MAX_BATCH_COMMANDS, requests.size());
            calls.add(sendChunk(requests.subList(from, to), from, outcomes));
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply(done -> List.of(outcomes));
    }

    /** One batch call, whose entries are the outcomes from {@code first} on. */
    private CompletableFuture<Void> sendChunk(List<Bitrix24Request> chunk, int first, BatchEntry[] outcomes) {
        return batchCall.apply(List.copyOf(chunk)).handle((answered, failure) -> {
            List<BatchEntry> entries = BatchEntry.perCommand(answered, failure, chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                outcomes[first + i] = entries.get(i);
            }
            return null;
        });
    }
}
