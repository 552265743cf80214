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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Endpoint;
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

    private static final String NO_MEMBER_ID = "The endpoint calls the portals of its portalDirectory and has no "
                                               + "portal of its own: name the portal's member_id in the header "
                                               + Bitrix24NotifyConstants.MEMBER_ID + " or the option memberId";
    private static final String NO_DIRECTORY = "The header " + Bitrix24NotifyConstants.MEMBER_ID + " names the portal "
                                               + "%s, but no portalDirectory is set to find it in: set portalDirectory "
                                               + "on the component or the endpoint";

    /** The endpoint's operation, unless a message names another. */
    private final Bitrix24Operation operation;
    private final ServiceLease lease;
    /** Whether the endpoint has a portal of its own, which messages without a memberId go to. */
    private final boolean ownPortal;
    /** The endpoint's memberId option: the portal of the portalDirectory that messages without the header go to. */
    private final String memberId;
    /** The endpoint's portal, from start to stop; null when it has none of its own. */
    private volatile Bitrix24NotifyService service;
    /** Makes the portals of the endpoint's portalDirectory as this producer calls them; gives null without one. */
    private final Supplier<DirectoryPortals> directory;
    /** The portals of the portalDirectory this producer called, from start to stop; null without a directory. */
    private volatile DirectoryPortals directoryPortals;

    /**
     * Made by the endpoint, which hands it its operation, its share of its own portal (used when {@code ownPortal}),
     * its memberId option and its portal directory's portals.
     */
    Bitrix24NotifyProducer(Endpoint endpoint, Bitrix24Operation operation, ServiceLease lease, boolean ownPortal,
                           String memberId, Supplier<DirectoryPortals> directory) {
        super(endpoint);
        this.operation = operation;
        this.lease = lease;
        this.ownPortal = ownPortal;
        this.memberId = memberId;
        this.directory = directory;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        directoryPortals = directory.get();
        if (ownPortal) {
            service = lease.take();
        }
    }

    @Override
    protected void doStop() throws Exception {
        directoryPortals = null;
        if (service != null) {
            service = null;
            lease.giveBack();
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Void> done;
        Bitrix24NotifyService portal = null;
        try {
            Message message = exchange.getMessage();
            Bitrix24Operation operation = operationOf(message);
            portal = portalOf(message, operation);
            Collection<?> entries = operation.isSend() ? entriesOf(message.getBody()) : null;
            done = entries == null ? sendOne(portal, operation, message) : sendAll(portal, operation, message, entries);
        } catch (Exception refused) {
            giveBack(portal);
            exchange.setException(refused);
            callback.done(true);
            return true;
        }
        Bitrix24NotifyService called = portal;
        done.whenComplete((ignored, failure) -> {
            // a directory's portal is taken for this exchange only, so that it can be released once idle
            giveBack(called);
            if (failure != null) {
                exchange.setException(Bitrix24NotifyException.of(failure));
            }
            callback.done(false);
        });
        return false;
    }

    /** Gives back a directory's portal taken for one exchange; the endpoint's own portal stays until stop. */
    private void giveBack(Bitrix24NotifyService portal) {
        if (portal != null && portal != service) {
            portal.release();
        }
    }

    private Bitrix24Operation operationOf(Message message) {
        Object override = message.getHeader(Bitrix24NotifyConstants.OPERATION);
        if (override == null) {
            return operation;
        }
        if (override instanceof Bitrix24Operation named) {
            return named;
        }
        String name = override.toString();
        // what the portal answers for a method it does not have
        return Bitrix24Operation.find(name).orElseThrow(() -> Bitrix24NotifyException.of(PortalException.refused(name,
                ErrorCodes.METHOD_NOT_FOUND,
                "Unknown operation '" + name + "' in the header " + Bitrix24NotifyConstants.OPERATION
                                             + "; use one of " + Bitrix24Operation.uriNames())));
    }

    /**
     * The portal the message goes to: the one of the portalDirectory its header or the endpoint's memberId names, else
     * the endpoint's own. Refused before any call when there is none, or when it names one without a directory.
     */
    private Bitrix24NotifyService portalOf(Message message, Bitrix24Operation operation) {
        Object header = message.getHeader(Bitrix24NotifyConstants.MEMBER_ID);
        String member = header != null && !header.toString().isBlank() ? header.toString().trim() : memberId;
        if (member == null) {
            if (service != null) {
                return service;
            }
            throw refused(operation, NO_MEMBER_ID);
        }
        DirectoryPortals called = directoryPortals;
        if (called == null) {
            throw refused(operation, String.format(NO_DIRECTORY, member));
        }
        return called.take(member, operation.method());
    }

    /** Input refused before any call, as the portal refuses wrong parameters. */
    private static Bitrix24NotifyException refused(Bitrix24Operation operation, String why) {
        return Bitrix24NotifyException.of(PortalException.refused(operation.method(), ErrorCodes.PARAMS_ERROR, why));
    }

    /** A list body of a send operation: many notifications, sent through batch. */
    private static Collection<?> entriesOf(Object body) {
        if (body instanceof Collection<?> collection) {
            return collection;
        }
        return body instanceof Object[] array ? Arrays.asList(array) : null;
    }

    private CompletableFuture<Void> sendOne(Bitrix24NotifyService portal, Bitrix24Operation operation, Message message) {
        return portal.call(operation, message).thenAccept(result -> {
            message.setBody(result);
            if (operation.isSend()) {
                message.setHeader(Bitrix24NotifyConstants.ID, result);
            }
        });
    }

    /**
     * The body becomes the ids in list order (null where an entry failed), the failures a header. When no entry is
     * known to be sent, the exchange fails as well, with every entry's failure attached.
     */
    private CompletableFuture<Void> sendAll(
            Bitrix24NotifyService portal, Bitrix24Operation operation, Message message, Collection<?> entries) {
        return portal.sendAll(operation, message, entries).thenAccept(outcomes -> {
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
            errors.forEach(error -> LOG.warn(error.isOutcomeUnknown()
                    ? "Notification of unknown outcome, it may be stored: {}"
                    : "Notification not sent: {}", error.getMessage()));
        });
    }

    /**
     * The failure of a list body none of whose entries is known to be sent: the entries' code when they share one (else
     * ENTRIES_FAILED), with the outcome and status of the first entry of unknown outcome, else of the first the portal
     * refused, else of the first: UNKNOWN (and said so) when any entry's is, NOT_SENT only when no entry left.
     */
    private static Bitrix24NotifyException noneSent(Bitrix24Operation operation, List<Bitrix24NotifyException> errors) {
        Bitrix24NotifyException first = errors.get(0);
        String code = errors.stream().allMatch(error -> Objects.equals(error.getErrorCode(), first.getErrorCode()))
                ? first.getErrorCode() : Bitrix24NotifyException.ENTRIES_FAILED;
        long unknown = errors.stream().filter(Bitrix24NotifyException::isOutcomeUnknown).count();
        Bitrix24NotifyException telling = errors.stream().filter(Bitrix24NotifyException::isOutcomeUnknown).findFirst()
                .or(() -> errors.stream().filter(error -> error.getOutcome() != Outcome.NOT_SENT).findFirst())
                .orElse(first);
        String reasons = errors.stream().limit(MAX_REASONS_TOLD)
                .map(error -> "entry " + error.getBatchIndex() + ": " + error.getErrorCode()
                              + (error.getErrorDescription() == null ? "" : ", " + error.getErrorDescription()))
                .collect(Collectors.joining("; "));
        String more = errors.size() > MAX_REASONS_TOLD ? "; and " + (errors.size() - MAX_REASONS_TOLD) + " more" : "";
        Bitrix24NotifyException failure = Bitrix24NotifyException.of(telling.portalFailure().summarizedAs(
                operation.method(), code, whatBecameOf(errors.size(), unknown) + ", each entry's error is in the header "
                                          + Bitrix24NotifyConstants.BATCH_ERRORS + ": " + reasons + more));
        errors.forEach(failure::addSuppressed);
        return failure;
    }

    /** What became of a list body none of whose entries is known to be sent, {@code unknown} of them maybe stored. */
    private static String whatBecameOf(int entries, long unknown) {
        if (unknown == 0) {
            return "none of the " + entries + " entries of the list body was sent";
        }
        return "no entry of the list body is known to be sent: for "
               + (unknown == entries ? "each of the " + entries : unknown + " of the " + entries)
               + " the outcome is unknown (the portal may have stored " + (unknown == 1 ? "it" : "them") + ")"
               + (unknown == entries ? "" : ", the others were refused");
    }
}
