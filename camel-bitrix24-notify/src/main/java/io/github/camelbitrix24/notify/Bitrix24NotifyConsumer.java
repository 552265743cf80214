package io.github.camelbitrix24.notify;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;

import io.github.camelbitrix24.notify.consumer.DeliveryCursor;
import io.github.camelbitrix24.notify.consumer.NewNotificationScan;
import io.github.camelbitrix24.notify.consumer.ReadMarker;
import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.operation.NotifyParameter;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Polls im.notify.get and emits one exchange per new notification, oldest first, exactly once: a notification
 * counts as delivered only when its exchange completed. When an exchange fails, the poll stops there and the next
 * poll starts again with that notification, so nothing is skipped and nothing newer overtakes it.
 */
public class Bitrix24NotifyConsumer extends ScheduledBatchPollingConsumer {

    private final Bitrix24NotifyEndpoint endpoint;
    private DeliveryCursor cursor;
    private ReadMarker readMarker;
    private int pollIndex;
    private int pollSize;

    public Bitrix24NotifyConsumer(Bitrix24NotifyEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        // a FileStateRepository loads its file when started
        ServiceHelper.startService(endpoint.getStateRepository());
        String key = getRouteId() != null ? getRouteId() : endpoint.getEndpointKey();
        cursor = new DeliveryCursor(endpoint.getStateRepository(), "bitrix24-notify:" + key, endpoint.getStartFrom());
        readMarker = endpoint.isMarkReadOnProcessed() ? new ReadMarker(this::markRead) : null;
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        ServiceHelper.stopService(endpoint.getStateRepository());
    }

    @Override
    protected int poll() throws Exception {
        int limit = pageLimit();
        cursor.startIfNeeded(() -> fetch(limit, null, null));
        NewNotificationScan scan = NewNotificationScan.run((lastId, lastType) -> fetch(limit, lastId, lastType), limit,
                cursor.watermark(), cursor.eligible());
        forceConsumerAsReady();
        if (scan.count() == 0) {
            return 0;
        }
        pollIndex = 0;
        pollSize = maxMessagesPerPoll > 0 ? Math.min(scan.count(), maxMessagesPerPoll) : scan.count();
        int delivered = 0;
        Iterator<Notification> notifications = scan.oldestFirst();
        try {
            while (pollIndex < pollSize && notifications.hasNext() && isBatchAllowed()) {
                Queue<Object> chunk = new ArrayDeque<>();
                while (chunk.size() < limit && pollIndex + chunk.size() < pollSize && notifications.hasNext()) {
                    chunk.add(exchangeOf(notifications.next()));
                }
                int processed = processBatch(chunk);
                delivered += processed;
                if (processed < chunk.size()) {
                    break;
                }
            }
        } finally {
            if (readMarker != null) {
                readMarker.flush();
            }
        }
        return delivered;
    }

    /**
     * Processes the exchanges in order until one fails; returns how many completed. The batch properties count
     * across the whole poll.
     */
    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int completed = 0;
        while (!exchanges.isEmpty()) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, pollIndex);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, pollSize);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, pollIndex == pollSize - 1);
            long id = exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class);
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                getExceptionHandler().handleException(
                        "Notification " + id + " not delivered; the next poll delivers it again", exchange, exchange.getException());
                releaseExchange(exchange, false);
                exchanges.clear();
                return completed;
            }
            cursor.delivered(id);
            if (readMarker != null) {
                readMarker.add(id);
            }
            releaseExchange(exchange, false);
            pollIndex++;
            completed++;
        }
        return completed;
    }

    private void markRead(List<Long> ids) {
        Bitrix24NotifyService service = endpoint.getService();
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

    private int pageLimit() {
        Integer limit = endpoint.getMessageOptions().getLimit();
        return limit == null ? NotifyParameter.MAX_PAGE_SIZE : limit;
    }

    private NotificationPage fetch(int limit, Long lastId, Integer lastType) {
        Bitrix24NotifyService service = endpoint.getService();
        return service.await(service.page(limit, lastId, lastType));
    }
}
