package io.github.camelbitrix24.notify.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks delivered notifications read for markReadOnProcessed: collects their ids and hands them on in lists of up
 * to {@link #IDS_PER_CALL} (one im.notify.read.list call each), never one call per notification. A failure is
 * logged, not raised: the notifications are delivered already.
 */
public final class ReadMarker {

    static final int IDS_PER_CALL = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ReadMarker.class);

    private final Consumer<List<Long>> markRead;
    private final List<Long> pending = new ArrayList<>();

    /**
     * @param markRead marks the ids read on the portal, returning once it has; throws when it could not
     */
    public ReadMarker(Consumer<List<Long>> markRead) {
        this.markRead = markRead;
    }

    public void add(long id) {
        pending.add(id);
        if (pending.size() >= IDS_PER_CALL) {
            flush();
        }
    }

    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(pending);
        pending.clear();
        try {
            markRead.accept(ids);
        } catch (RuntimeException e) {
            LOG.warn("Could not mark {} delivered notification(s) read: {}", ids.size(), e.getMessage());
        }
    }
}
