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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.LongAdder;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.consumer.DeliveryCursor;
import io.github.camelbitrix24.notify.consumer.KnownPages;
import io.github.camelbitrix24.notify.consumer.NewNotificationScan;
import io.github.camelbitrix24.notify.consumer.PageSource;
import io.github.camelbitrix24.notify.consumer.PagingRule;
import io.github.camelbitrix24.notify.consumer.PollOptions;
import io.github.camelbitrix24.notify.consumer.ReadMarker;
import io.github.camelbitrix24.notify.consumer.StateRepositoryStart;
import io.github.camelbitrix24.notify.management.ConsumerFigures;
import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import org.apache.camel.DelegateEndpoint;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls im.notify.get and emits one exchange per new notification, oldest first, exactly once: a notification counts as
 * delivered only when its exchange completed. When an exchange fails, the poll stops there and the next poll starts
 * again with that notification, so nothing is skipped and nothing newer overtakes it. Each poll finds the new
 * notifications ({@link NewNotificationScan}) and hands them to an {@link OrderedDelivery} of its own. Its cursor,
 * polls and backlog show through JMX, the dev console and Micrometer.
 */
@ManagedResource(description = "Bitrix24 Notify consumer: its cursor, polls and backlog")
public class Bitrix24NotifyConsumer extends ScheduledBatchPollingConsumer implements ConsumerFigures.Source {

    private static final Logger LOG = LoggerFactory.getLogger(Bitrix24NotifyConsumer.class);

    private final Endpoint endpoint;
    private final ServiceLease lease;
    private final PollOptions options;
    /** The endpoint's portal, from start to stop. */
    private volatile Bitrix24NotifyService service;
    private volatile DeliveryCursor cursor;
    private boolean startedStateRepository;
    private volatile ReadMarker readMarker;
    /** What each poll's scan leaves to the next one; only the polls read and write it. */
    private KnownPages known;
    private final LongAdder deliveredCount = new LongAdder();
    private final LongAdder pagesRead = new LongAdder();
    private volatile Instant lastPoll;
    private volatile String lastPollOutcome;

    /** Made by the endpoint, which hands it its share of the portal and its options. */
    Bitrix24NotifyConsumer(Endpoint endpoint, Processor processor, ServiceLease lease, PollOptions options) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.lease = lease;
        this.options = options;
        // before the endpoint's configuration, so that an exceptionHandler or bridgeErrorHandler set there wins
        setExceptionHandler(new PollFailureLog(LOG, getExceptionHandler()));
    }

    @Override
    protected void doStart() throws Exception {
        String key = stateKey();
        // a FileStateRepository loads its file when started
        StateRepositoryStart.start(options.stateRepository(), key);
        startedStateRepository = true;
        cursor = new DeliveryCursor(options.stateRepository(), key, options.startFrom());
        readMarker = options.markReadOnProcessed() ? new ReadMarker(this::markRead) : null;
        known = KnownPages.NONE;
        service = lease.take();
        super.doStart();
    }

    /**
     * bitrix24-notify:routeId; under {@code master:} (which creates this consumer without the route's id) the id of the
     * route that reaches this endpoint through its own, so that every leader finds the cursor whatever the URI's
     * options. Without any route, the endpoint's key names the consumer; it holds the URI's options, the webhook's code
     * among them, so only its digest goes into the state.
     */
    private String stateKey() throws NoSuchAlgorithmException {
        String routeId = getRouteId() != null ? getRouteId() : routeDelegatingHere();
        if (routeId != null) {
            return "bitrix24-notify:" + routeId;
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(endpoint.getEndpointKey().getBytes(StandardCharsets.UTF_8));
        return "bitrix24-notify:endpoint-" + HexFormat.of().formatHex(digest, 0, 16);
    }

    /** The route whose endpoint delegates to this consumer's, as {@code master:ns:bitrix24-notify:get} does. */
    private String routeDelegatingHere() {
        for (Route route : endpoint.getCamelContext().getRoutes()) {
            Endpoint from = route.getEndpoint();
            while (from instanceof DelegateEndpoint delegating && delegating.getEndpoint() != null
                    && delegating.getEndpoint() != from) {
                from = delegating.getEndpoint();
                if (from == endpoint) {
                    return route.getRouteId();
                }
            }
        }
        return null;
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (service != null) {
            service = null;
            lease.giveBack();
        }
        // also called after a failed start: a FileStateRepository stopped without being started would empty its file
        if (startedStateRepository) {
            startedStateRepository = false;
            ServiceHelper.stopService(options.stateRepository());
        }
    }

    /** Polls, and tells the figures when and how the poll ended. */
    @Override
    protected int poll() throws Exception {
        String outcome = "OK";
        try {
            return pollNew();
        } catch (Bitrix24NotifyException e) {
            outcome = e.getErrorCode();
            throw e;
        } catch (Exception | Error e) {
            outcome = e.getClass().getSimpleName();
            throw e;
        } finally {
            lastPollOutcome = outcome;
            lastPoll = Instant.now();
        }
    }

    private int pollNew() throws Exception {
        int limit = options.pageLimit();
        PageSource pages = (lastId, lastType) -> fetch(limit, lastId, lastType);
        cursor.startIfNeeded(pages, limit);
        NewNotificationScan scan = NewNotificationScan.run(pages, limit, options.maxPagesInMemory(), cursor.watermark(),
                cursor.eligible(), known);
        forceConsumerAsReady();
        int size = maxMessagesPerPoll > 0 ? Math.min(scan.count(), maxMessagesPerPoll) : scan.count();
        OrderedDelivery batch = new OrderedDelivery(this, this::delivered, LOG, size);
        try {
            if (size == 0) {
                return 0;
            }
            Iterator<Notification> notifications = scan.oldestFirst();
            // each exchange is created (and its page read again, if need be) only when the one before it completed
            return batch.deliver(new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return notifications.hasNext();
                }

                @Override
                public Exchange next() {
                    return exchangeOf(notifications.next());
                }
            });
        } finally {
            known = scan.knownAfter(cursor.watermark(), batch.delivered());
            if (readMarker != null) {
                readMarker.endOfPoll();
            }
        }
    }

    /**
     * Delivers exchanges of this consumer (with the notification's id in their {@code CamelBitrix24NotifyId} header) as
     * a batch of their own, in order, until one fails; returns how many completed. Those not processed are released and
     * removed from the queue. The polls deliver through the same loop.
     */
    @Override
    public int processBatch(Queue<Object> exchanges) {
        try {
            return new OrderedDelivery(this, this::delivered, LOG, exchanges.size()).deliver(new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return !exchanges.isEmpty();
                }

                @Override
                public Exchange next() {
                    return (Exchange) exchanges.remove();
                }
            });
        } finally {
            for (Object left = exchanges.poll(); left != null; left = exchanges.poll()) {
                releaseExchange((Exchange) left, false);
            }
        }
    }

    /** A notification whose exchange completed: the cursor moves past it (and saves), and it awaits its read mark. */
    private void delivered(long id) {
        cursor.delivered(id);
        deliveredCount.increment();
        if (readMarker != null) {
            readMarker.add(id);
        }
    }

    /** The consumer now, for JMX, the dev console and the meters. */
    @Override
    public ConsumerFigures figures() {
        DeliveryCursor atCursor = cursor;
        ReadMarker marker = readMarker;
        return new ConsumerFigures(
                getRouteId(), endpoint.toString(), atCursor == null ? 0 : atCursor.watermark(), lastPoll, lastPollOutcome,
                deliveredCount.sum(), pagesRead.sum(), marker == null ? 0 : marker.pending());
    }

    private void markRead(List<Long> ids) {
        service.await(service.markRead(ids));
    }

    private Exchange exchangeOf(Notification notification) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(notification);
        message.setHeader(Bitrix24NotifyConstants.ID, notification.id());
        message.setHeader(Bitrix24NotifyConstants.TAG, notification.tag());
        message.setHeader(Bitrix24NotifyConstants.SUB_TAG, notification.subTag());
        message.setHeader(Bitrix24NotifyConstants.MODULE, notification.module());
        message.setHeader(Bitrix24NotifyConstants.EVENT, notification.event());
        message.setHeader(Bitrix24NotifyConstants.AUTHOR_ID, notification.authorId());
        message.setHeader(Bitrix24NotifyConstants.DATE, notification.date());
        message.setHeader(Bitrix24NotifyConstants.READ, notification.read());
        message.setHeader(Bitrix24NotifyConstants.NOTIFY_TYPE, notification.notifyType());
        return exchange;
    }

    private NotificationPage fetch(int limit, Long lastId, Integer lastType) {
        pagesRead.increment();
        NotificationPage page = service.await(service.page(limit, lastId, lastType));
        PagingRule.violation(page, lastId, lastType).ifPresent(problem -> {
            throw Bitrix24NotifyException.of(PortalException.answered(ErrorCodes.INVALID_RESPONSE, problem, 200,
                    Bitrix24Operation.GET.method()));
        });
        return page;
    }
}
