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
package io.github.camelbitrix24.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.client.LeasedClient;
import io.github.camelbitrix24.notify.client.batching.BatchAssembler;
import io.github.camelbitrix24.notify.client.call.BatchEntry;
import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import io.github.camelbitrix24.notify.operation.NotifyParameter;
import io.github.camelbitrix24.notify.producer.MappedEntry;
import io.github.camelbitrix24.notify.producer.RequestMapper;
import org.apache.camel.Message;

/**
 * The portal in the component's terms, for the producer and the consumer alike: an operation of a message, a list of
 * notifications, a page of the inbox, read marks. Requests are built by the one {@link RequestMapper} from the
 * operation table, results read by the operation's result reader. Input the portal would refuse is refused at once with
 * a {@link Bitrix24NotifyException}; every future fails with one.
 */
public final class Bitrix24NotifyService {

    /** How much longer than the request timeout a blocking caller waits, for the rate limit and retries. */
    private static final long AWAIT_MARGIN_MILLIS = 5_000;

    private final LeasedClient client;
    private final BatchAssembler batches;
    private final RequestMapper requests;
    private final ObjectMapper json;
    private final long requestTimeout;

    Bitrix24NotifyService(LeasedClient client, RequestMapper requests, ObjectMapper json, long requestTimeout) {
        this.client = client;
        this.batches = new BatchAssembler(client::batch);
        this.requests = requests;
        this.json = json;
        this.requestTimeout = requestTimeout;
    }

    /**
     * Calls the operation with the message's headers, the endpoint's options and the body.
     *
     * @return                         the result as the route gets it (an id, a page, a list of messages, ...)
     * @throws Bitrix24NotifyException when the input is refused; nothing is sent then
     */
    public CompletableFuture<Object> call(Bitrix24Operation operation, Message message) {
        Bitrix24Request request = mapped(() -> requests.map(operation, message));
        return failingAsRoutesSee(client.call(request)
                .thenApply(response -> operation.resultReader().read(response.result(), json, operation.method())));
    }

    /**
     * Sends every entry of a list body through the client's {@link BatchAssembler}: {@code batch} calls of at most 50
     * commands, all at once, the portal's limits deciding when each leaves. Refused entries are not sent; the others go
     * on. Each failure tells its entry's index in the list.
     *
     * @return one outcome per entry, in list order
     */
    public CompletableFuture<List<SendOutcome>> sendAll(Bitrix24Operation operation, Message message, Collection<?> entries) {
        List<MappedEntry> mapped = requests.mapEach(operation, message, entries);
        SendOutcome[] outcomes = new SendOutcome[mapped.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < mapped.size(); i++) {
            if (mapped.get(i).isRefused()) {
                outcomes[i] = new SendOutcome(null, Bitrix24NotifyException.of(mapped.get(i).refusal()));
            } else {
                pending.add(i);
            }
        }
        List<Bitrix24Request> sent = pending.stream().map(index -> mapped.get(index).request()).toList();
        return batches.send(sent).thenApply(sentEntries -> {
            for (int i = 0; i < pending.size(); i++) {
                outcomes[pending.get(i)] = outcome(operation, sentEntries.get(i), pending.get(i));
            }
            return List.of(outcomes);
        });
    }

    private SendOutcome outcome(Bitrix24Operation operation, BatchEntry entry, int index) {
        try {
            if (!entry.isSuccess()) {
                throw entry.error();
            }
            return new SendOutcome(operation.resultReader().read(entry.result(), json, operation.method()), null);
        } catch (PortalException failed) {
            return new SendOutcome(null, Bitrix24NotifyException.of(failed.atBatchIndex(index)));
        }
    }

    /**
     * One page of the inbox, newest first, confirm-type notifications before the others.
     *
     * @param lastId   the paging cursor (with lastType), or null for the first page
     * @param lastType the paging stage, or null for the first page
     */
    public CompletableFuture<NotificationPage> page(int limit, Long lastId, Integer lastType) {
        Map<NotifyParameter, Object> values = new EnumMap<>(NotifyParameter.class);
        values.put(NotifyParameter.LIMIT, limit);
        if (lastId != null) {
            values.put(NotifyParameter.LAST_ID, lastId);
            values.put(NotifyParameter.LAST_TYPE, lastType);
        }
        Bitrix24Request request = mapped(() -> requests.map(Bitrix24Operation.GET, values));
        return failingAsRoutesSee(client.call(request).thenApply(response -> (NotificationPage) Bitrix24Operation.GET
                .resultReader().read(response.result(), json, request.method())));
    }

    /**
     * Asks the portal for its notification schema, a read that changes nothing, for a health check that has no other
     * news of the portal; its outcome counts in the portal's health like any call's.
     */
    public CompletableFuture<Void> probe() {
        Bitrix24Request request = mapped(() -> requests.map(Bitrix24Operation.SCHEMA_GET, Map.of()));
        return failingAsRoutesSee(client.call(request).thenApply(response -> null));
    }

    /** Marks the notifications read, in one im.notify.read.list call. */
    public CompletableFuture<Void> markRead(List<Long> ids) {
        Bitrix24Request request = mapped(() -> requests.map(Bitrix24Operation.READ_LIST,
                Map.of(NotifyParameter.IDS, ids, NotifyParameter.ACTION, true)));
        return failingAsRoutesSee(client.call(request).thenApply(response -> null));
    }

    /**
     * Waits for a call, for a caller that must (the polling consumer): a little longer than the request timeout, so
     * that a call waiting for the rate limit or a retry is not cut short.
     *
     * @throws Bitrix24NotifyException when the call failed, or TIMEOUT when no outcome came in time
     */
    public <T> T await(CompletableFuture<T> call) {
        try {
            return call.get(requestTimeout + AWAIT_MARGIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw Bitrix24NotifyException.of(failed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // the call may have left: whether the portal carried it out is not known
            throw Bitrix24NotifyException.of(PortalException.noAnswer(ErrorCodes.IO_ERROR, "Interrupted while waiting "
                                                                                           + "for the portal",
                    null, e));
        } catch (TimeoutException e) {
            throw Bitrix24NotifyException.of(PortalException.noAnswer(ErrorCodes.TIMEOUT, "No answer in time", null, e));
        }
    }

    /** The endpoint is done with the portal: what its client shared with others is dropped when nobody else uses it. */
    void release() {
        client.release();
    }

    private static Bitrix24Request mapped(Supplier<Bitrix24Request> mapping) {
        try {
            return mapping.get();
        } catch (PortalException refused) {
            throw Bitrix24NotifyException.of(refused);
        }
    }

    /** The call's future, failing with the component's exception rather than the client's. */
    private static <T> CompletableFuture<T> failingAsRoutesSee(CompletableFuture<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        call.whenComplete((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(Bitrix24NotifyException.of(failure));
            } else {
                result.complete(value);
            }
        });
        return result;
    }
}
