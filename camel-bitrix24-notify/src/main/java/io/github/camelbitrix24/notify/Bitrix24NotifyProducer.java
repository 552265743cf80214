package io.github.camelbitrix24.notify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
            done = entries == null ? sendOne(operation, message) : sendAll(operation, message, entries);
        } catch (Exception refused) {
            exchange.setException(refused);
            callback.done(true);
            return true;
        }
        done.whenComplete((ignored, failure) -> {
            if (failure != null) {
                exchange.setException(Bitrix24NotifyException.of(failure));
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

    private CompletableFuture<Void> sendOne(Bitrix24Operation operation, Message message) {
        return endpoint.getService().call(operation, message).thenAccept(result -> {
            message.setBody(result);
            if (operation.isSend()) {
                message.setHeader(Bitrix24NotifyConstants.ID, result);
            }
        });
    }

    /** The body becomes the ids in list order (null where an entry failed), the failures a header. */
    private CompletableFuture<Void> sendAll(Bitrix24Operation operation, Message message, Collection<?> entries) {
        return endpoint.getService().sendAll(operation, message, entries).thenAccept(outcomes -> {
            List<Object> ids = new ArrayList<>(outcomes.size());
            List<Bitrix24NotifyException> errors = new ArrayList<>();
            for (SendOutcome outcome : outcomes) {
                ids.add(outcome.id());
                if (!outcome.isSent()) {
                    errors.add(outcome.error());
                    LOG.warn("Notification not sent: {}", outcome.error().getMessage());
                }
            }
            message.setBody(ids);
            message.setHeader(Bitrix24NotifyConstants.BATCH_ERRORS, errors);
        });
    }
}
