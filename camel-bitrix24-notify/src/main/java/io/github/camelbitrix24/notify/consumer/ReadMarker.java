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
package io.github.camelbitrix24.notify.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks delivered notifications read for markReadOnProcessed: collects their ids and hands them on in lists of up to
 * {@link #IDS_PER_CALL} (one im.notify.read.list call each), never one call per notification.
 * <p>
 * A failed call is logged with the ids, not raised: the notifications are delivered already. The ids stay, and the next
 * poll tries again; after {@link #ATTEMPTS} polls in a row without success they are given up, which is logged with them
 * too.
 */
public final class ReadMarker {

    static final int IDS_PER_CALL = 500;
    static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ReadMarker.class);

    private final Consumer<List<Long>> markRead;
    private final List<Long> pending = new ArrayList<>();
    /** Why a call of this poll failed; the portal is not asked again before the next poll. */
    private String failure;
    private int pollsFailed;
    /** How many ids are pending, for the figures: read from other threads. */
    private volatile int pendingCount;

    /**
     * @param markRead marks the ids read on the portal, returning once it has; throws when it could not
     */
    public ReadMarker(Consumer<List<Long>> markRead) {
        this.markRead = markRead;
    }

    public void add(long id) {
        pending.add(id);
        while (pending.size() >= IDS_PER_CALL && failure == null) {
            send(IDS_PER_CALL);
        }
        pendingCount = pending.size();
    }

    /** Delivered notifications not yet marked read. */
    public int pending() {
        return pendingCount;
    }

    /** At the end of each poll: sends what is pending, unless a call of this poll failed already. */
    public void endOfPoll() {
        while (!pending.isEmpty() && failure == null) {
            send(Math.min(pending.size(), IDS_PER_CALL));
        }
        if (failure == null) {
            pollsFailed = 0;
        } else if (++pollsFailed < ATTEMPTS) {
            LOG.warn("Could not mark the delivered notifications {} read ({}); the next poll tries again", pending, failure);
        } else {
            LOG.warn("Could not mark the delivered notifications {} read ({}), {} polls in a row: given up, they stay "
                     + "unread on the portal",
                    pending, failure, ATTEMPTS);
            pending.clear();
            pollsFailed = 0;
        }
        failure = null;
        pendingCount = pending.size();
    }

    private void send(int count) {
        List<Long> ids = List.copyOf(pending.subList(0, count));
        try {
            markRead.accept(ids);
            pending.subList(0, count).clear();
        } catch (RuntimeException e) {
            failure = e.getMessage();
        }
    }
}
