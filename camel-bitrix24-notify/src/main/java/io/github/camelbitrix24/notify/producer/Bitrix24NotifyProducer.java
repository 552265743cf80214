package io.github.camelbitrix24.notify.producer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyEndpoint;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.api.BatchEntry;
import io.github.camelbitrix24.notify.api.Bitrix24Client;
import io.github.camelbitrix24.notify.api.Bitrix24Request;
import io.github.camelbitrix24.notify.api.Failures;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one im.notify.* call per exchange, or, for a list body of a send operation, the whole list through
 * {@code batch} calls of at most 50 commands. Never blocks a Camel thread while the portal answers.
 */
public class Bitrix24NotifyProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(Bitrix24NotifyProducer.class);

    private final Bitrix24NotifyEndpoint endpoint;

    public Bitrix24NotifyProducer(Bitrix24NotifyEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Void> done;
        try {
            Message message = exchange.getMessage();
            Bitrix24Operation operation = operationOf(message);
            Collection<?> entries = operation.isSend() ? entriesOf(message.getBody()) : null;
            done = entries == null ? callOne(operation, message) : callMany(operation, message, entries);
        } catch (Exception refused) {
            exchange.setException(refused);
            callback.done(true);
            return true;
        }
        done.whenComplete((ignored, failure) -> {
            if (failure != null) {
                exchange.setException(Failures.unwrap(failure));
            }
            callback.done(false);
        });
        return false;
    }

    private Bitrix24Operation operationOf(Message message) {
        Object override = message.getHeader(Bitrix24NotifyConstants.OPERATION);
        if (override instanceof Bitrix24Operation operation) {
            return operation;
        }
        return override != null ? Bitrix24Operation.fromName(override.toString()) : endpoint.getOperation();
    }

    /** A list body of a send operation: many notifications, sent through batch. */
    private static Collection<?> entriesOf(Object body) {
        if (body instanceof Collection<?> collection) {
            return collection;
        }
        return body instanceof Object[] array ? Arrays.asList(array) : null;
    }

    private CompletableFuture<Void> callOne(Bitrix24Operation operation, Message message) {
        Bitrix24Request request = endpoint.getRequestMapper().map(operation, message);
        return endpoint.getClient().call(request).thenAccept(response -> {
            Object result = operation.resultReader().read(response.result(), endpoint.getMapper(), operation.method());
            message.setBody(result);
            if (operation.isSend()) {
                message.setHeader(Bitrix24NotifyConstants.ID, result);
            }
        });
    }

    /**
     * Sends the valid entries in batches of 50, all at once: the portal's limits decide when each leaves. The body
     * becomes the ids in list order.
     */
    private CompletableFuture<Void> callMany(Bitrix24Operation operation, Message message, Collection<?> entries) {
        List<Object> requests = endpoint.getRequestMapper().mapEach(operation, message, entries);
        Object[] outcomes = new Object[requests.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i) instanceof Bitrix24NotifyException refused) {
                outcomes[i] = refused;
            } else {
                pending.add(i);
            }
        }
        List<CompletableFuture<Void>> chunks = new ArrayList<>();
        for (int from = 0; from < pending.size(); from += Bitrix24Client.MAX_BATCH_COMMANDS) {
            List<Integer> chunk = pending.subList(from, Math.min(from + Bitrix24Client.MAX_BATCH_COMMANDS, pending.size()));
            chunks.add(sendChunk(operation, requests, chunk, outcomes));
        }
        return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new)).thenRun(() -> publish(message, outcomes));
    }

    private CompletableFuture<Void> sendChunk(Bitrix24Operation operation, List<Object> requests, List<Integer> chunk,
                                              Object[] outcomes) {
        List<Bitrix24Request> batch = chunk.stream().map(index -> (Bitrix24Request) requests.get(index)).toList();
        return endpoint.getClient().batch(batch).handle((entries, failure) -> {
            for (int i = 0; i < chunk.size(); i++) {
                int index = chunk.get(i);
                outcomes[index] = failure != null ? Failures.unwrap(failure).atBatchIndex(index) : outcome(operation, entries.get(i), index);
            }
            return null;
        });
    }

    private Object outcome(Bitrix24Operation operation, BatchEntry entry, int index) {
        if (!entry.isSuccess()) {
            return entry.error().atBatchIndex(index);
        }
        try {
            return operation.resultReader().read(entry.result(), endpoint.getMapper(), operation.method());
        } catch (Bitrix24NotifyException failed) {
            return failed.atBatchIndex(index);
        }
    }

    private static void publish(Message message, Object[] outcomes) {
        List<Object> ids = new ArrayList<>(outcomes.length);
        List<Bitrix24NotifyException> errors = new ArrayList<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof Bitrix24NotifyException failed) {
                errors.add(failed);
                ids.add(null);
                LOG.warn("Notification not sent: {}", failed.getMessage());
            } else {
                ids.add(outcome);
            }
        }
        message.setBody(ids);
        message.setHeader(Bitrix24NotifyConstants.BATCH_ERRORS, errors);
    }
}
