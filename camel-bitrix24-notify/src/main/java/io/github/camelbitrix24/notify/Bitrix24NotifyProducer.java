package io.github.camelbitrix24.notify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import io.github.camelbitrix24.notify.api.ErrorCodes;
import io.github.camelbitrix24.notify.api.PortalException;
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

    /** How many entries' failures the message of a list body none of whose entries was sent spells out. */
    private static final int MAX_REASONS_TOLD = 3;

    private final Bitrix24NotifyEndpoint endpoint;

    public Bitrix24NotifyProducer(Bitrix24NotifyEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        endpoint.getComponent().producerStarted(endpoint);
    }

    @Override
    protected void doStop() throws Exception {
        endpoint.getComponent().producerStopped(endpoint);
        super.doStop();
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
        if (override == null) {
            return endpoint.getOperation();
        }
        if (override instanceof Bitrix24Operation operation) {
            return operation;
        }
        String name = override.toString();
        // what the portal answers for a method it does not have
        return Bitrix24Operation.find(name).orElseThrow(() -> new Bitrix24NotifyException(PortalException.refused(name,
                ErrorCodes.METHOD_NOT_FOUND, "Unknown operation '" + name + "' in the header " + Bitrix24NotifyConstants.OPERATION
                                          + "; use one of " + Bitrix24Operation.uriNames())));
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

    /**
     * The body becomes the ids in list order (null where an entry failed), the failures a header. When no entry was
     * sent, the exchange fails as well, with every entry's failure attached.
     */
    private CompletableFuture<Void> sendAll(Bitrix24Operation operation, Message message, Collection<?> entries) {
        return endpoint.getService().sendAll(operation, message, entries).thenAccept(outcomes -> {
            List<Object> ids = new ArrayList<>(outcomes.size());
            List<Bitrix24NotifyException> errors = new ArrayList<>();
            for (SendOutcome outcome : outcomes) {
                ids.add(outcome.id());
                if (!outcome.isSent()) {
                    errors.add(outcome.error());
                }
            }
            message.setBody(ids);
            message.setHeader(Bitrix24NotifyConstants.BATCH_ERRORS, errors);
            if (!errors.isEmpty() && errors.size() == outcomes.size()) {
                throw noneSent(operation, errors);
            }
            errors.forEach(error -> LOG.warn("Notification not sent: {}", error.getMessage()));
        });
    }

    /**
     * The failure of a list body none of whose entries was sent: the entries' code when they share one (else
     * ENTRIES_FAILED), and an HTTP status that never says NOT_SENT when some entry may have reached the portal.
     */
    private static Bitrix24NotifyException noneSent(Bitrix24Operation operation, List<Bitrix24NotifyException> errors) {
        Bitrix24NotifyException first = errors.get(0);
        String code = errors.stream().allMatch(error -> Objects.equals(error.getErrorCode(), first.getErrorCode()))
                ? first.getErrorCode() : Bitrix24NotifyException.ENTRIES_FAILED;
        int status = errors.stream().anyMatch(error -> error.getHttpStatus() == Bitrix24NotifyException.NO_ANSWER)
                ? Bitrix24NotifyException.NO_ANSWER
                : errors.stream().mapToInt(Bitrix24NotifyException::getHttpStatus)
                        .filter(sent -> sent != Bitrix24NotifyException.NOT_SENT).findFirst()
                        .orElse(Bitrix24NotifyException.NOT_SENT);
        String reasons = errors.stream().limit(MAX_REASONS_TOLD)
                .map(error -> "entry " + error.getBatchIndex() + ": " + error.getErrorCode()
                              + (error.getErrorDescription() == null ? "" : ", " + error.getErrorDescription()))
                .collect(Collectors.joining("; "));
        String more = errors.size() > MAX_REASONS_TOLD ? "; and " + (errors.size() - MAX_REASONS_TOLD) + " more" : "";
        Bitrix24NotifyException failure = new Bitrix24NotifyException(code, "none of the " + errors.size()
                + " entries of the list body was sent, each entry's error is in the header "
                + Bitrix24NotifyConstants.BATCH_ERRORS + ": " + reasons + more, status, operation.method());
        errors.forEach(failure::addSuppressed);
        return failure;
    }
}
