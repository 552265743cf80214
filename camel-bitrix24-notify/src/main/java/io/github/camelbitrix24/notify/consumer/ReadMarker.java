package io.github.camelbitrix24.notify.consumer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.api.Bitrix24Client;
import io.github.camelbitrix24.notify.api.Bitrix24Request;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks delivered notifications read for markReadOnProcessed: collects their ids and sends them in im.notify.read.list
 * calls of up to {@link #IDS_PER_CALL} ids, never one call per notification. A failure is logged, not raised: the
 * notifications are delivered already.
 */
final class ReadMarker {

    static final int IDS_PER_CALL = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ReadMarker.class);

    private final Bitrix24Client client;
    private final long timeoutMillis;
    private final List<Long> pending = new ArrayList<>();

    ReadMarker(Bitrix24Client client, long timeoutMillis) {
        this.client = client;
        this.timeoutMillis = timeoutMillis;
    }

    void add(long id) {
        pending.add(id);
        if (pending.size() >= IDS_PER_CALL) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("IDS", List.copyOf(pending));
        params.put("ACTION", "Y");
        pending.clear();
        try {
            client.call(new Bitrix24Request(Bitrix24Operation.READ_LIST.method(), params)).get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("Could not mark {} delivered notification(s) read: {}", ((List<?>) params.get("IDS")).size(),
                    e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        }
    }
}
