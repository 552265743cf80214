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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.function.Predicate;

import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationPage;

/**
 * Finds the notifications newer than a watermark id and hands them out oldest first, holding a bounded number of pages
 * in memory however large the backlog.
 * <p>
 * im.notify.get pages newest first, confirm-type notifications before all others: the pages form two streams,
 * confirmations and regular notifications, each in descending id order. The scan walks the pages from the newest down
 * to what is known (the watermark, or what the earlier polls' walks saw, {@link KnownPages}), noting for each stream
 * the top id of every page that holds new notifications; then each stream is read again from its oldest page up, asking
 * for "ids at or below this top" (LAST_ID = top + 1), which stays right when the portal deletes, re-tags or adds
 * notifications meanwhile. The two streams are merged by id.
 * <p>
 * The walk keeps the new notifications of the last {@code pagesInMemory} pages it read, the oldest: those are handed
 * out from memory, and only the newer pages, which did not fit, are read again. Memory holds those pages, one page per
 * stream being read again, and the top ids; it is let go as the pages are handed out, and at the end of the poll.
 * <p>
 * What a poll costs: when everything new is on the first page, the usual case, that page is all there is to read; when
 * the confirmations on it are all known, one more request skips the rest of them (however many are pending) to the
 * newest regular notifications. A backlog of P pages costs P requests down (one more when its oldest page is full, to
 * see that nothing below is new) and one request for each page, per stream on it, beyond the {@code pagesInMemory}
 * oldest. A poll that follows one which stopped early reads again the pages that poll left, not the whole backlog.
 */
public final class NewNotificationScan {

    private static final int CONFIRM_STAGE = NotificationPage.STAGE_CONFIRM;
    private static final int REGULAR_STAGE = NotificationPage.STAGE_REGULAR;

    private final PageSource source;
    private final int limit;
    private final int pagesInMemory;
    private final long watermark;
    private final Predicate<Notification> eligible;
    private final StreamScan confirms;
    private final StreamScan regulars;
    private final int knownPending;
    /** The new notifications of each page held, in the order the walk read them: the newest page first. */
    private final Deque<List<Notification>> held = new ArrayDeque<>();
    private int newCount;

    private NewNotificationScan(PageSource source, int limit, int pagesInMemory, long watermark,
                                Predicate<Notification> eligible, KnownPages known) {
        this.source = source;
        this.limit = limit;
        this.pagesInMemory = pagesInMemory;
        this.watermark = watermark;
        this.eligible = eligible;
        this.confirms = new StreamScan(true, known.confirms());
        this.regulars = new StreamScan(false, known.regulars());
        this.knownPending = confirms.knownTops.isEmpty() && regulars.knownTops.isEmpty() ? 0 : known.pending();
    }

    /**
     * Walks the pages from the newest down to the first regular notification already known.
     *
     * @param pagesInMemory how many pages of new notifications to keep for handing out, 1 or more
     * @param eligible      which notifications above the watermark are wanted (all, or the unread ones for
     *                      startFrom=UNREAD)
     * @param known         what the previous poll's scan left, see {@link #knownAfter(long, int)}
     */
    public static NewNotificationScan run(
            PageSource source, int limit, int pagesInMemory, long watermark,
            Predicate<Notification> eligible, KnownPages known) {
        NewNotificationScan scan = new NewNotificationScan(source, limit, pagesInMemory, watermark, eligible, known);
        scan.walk();
        return scan;
    }

    private void walk() {
        NotificationPage page = source.fetch(null, null);
        while (true) {
            List<Notification> found = new ArrayList<>();
            for (Notification notification : page.notifications()) {
                StreamScan stream = confirms.holds(notification) ? confirms : regulars;
                if (stream.isNew(notification) && eligible.test(notification)) {
                    found.add(notification);
                }
            }
            note(found);
            if (regulars.reachedKnown || page.notifications().size() < limit) {
                return;
            }
            boolean amongConfirms = page.nextLastType() == CONFIRM_STAGE;
            page = amongConfirms && confirms.reachedKnown
                    ? source.newestRegulars()
                    : source.fetch(page.nextLastId(), page.nextLastType());
        }
    }

    private void note(List<Notification> found) {
        if (found.isEmpty()) {
            return;
        }
        newCount += found.size();
        if (held.size() == pagesInMemory) {
            // the newest page held makes room: it is the last to be handed out, and is read again then
            List<Notification> newest = held.removeFirst();
            confirms.release(newest);
            regulars.release(newest);
        }
        held.addLast(found);
        confirms.note(found);
        regulars.note(found);
    }

    /** How many new notifications there are, about: fewer may be handed out if the portal deleted some since. */
    public int count() {
        return newCount + knownPending;
    }

    /** The new notifications, oldest first. */
    public Iterator<Notification> oldestFirst() {
        // the streams hold their parts of the pages held, and let go of each once handed out
        held.clear();
        return new Merge(new StreamWalk(confirms, CONFIRM_STAGE), new StreamWalk(regulars, REGULAR_STAGE));
    }

    /**
     * What the next poll needs to know once this one delivered up to the watermark: the pages left to read, and how far
     * the walk went.
     *
     * @param delivered how many notifications this poll delivered
     */
    public KnownPages knownAfter(long watermarkNow, int delivered) {
        KnownPages.Stream confirmsLeft = confirms.left(watermarkNow);
        KnownPages.Stream regularsLeft = regulars.left(watermarkNow);
        boolean pagesLeft = !confirmsLeft.tops().isEmpty() || !regularsLeft.tops().isEmpty();
        // the count is an estimate: while pages are left, the next poll must not take it for nothing to read
        return new KnownPages(confirmsLeft, regularsLeft, pagesLeft ? Math.max(1, count() - delivered) : 0);
    }

    /**
     * One stream in the walk: where the known part starts, the tops of the pages with new notifications, and the new
     * notifications of the pages held.
     */
    private final class StreamScan {
        private final boolean confirm;
        private final long floor;
        private final List<Long> knownTops;
        private final List<Long> newTops = new ArrayList<>();
        /** This stream's part of each page held, by its top in this stream. */
        private final Map<Long, List<Notification>> heldByTop = new HashMap<>();
        private long knownUpTo;
        private boolean reachedKnown;

        StreamScan(boolean confirm, KnownPages.Stream known) {
            this.confirm = confirm;
            floor = Math.max(watermark, known.knownUpTo());
            knownTops = above(known.tops(), watermark);
            knownUpTo = floor;
        }

        boolean holds(Notification notification) {
            return notification.isConfirm() == confirm;
        }

        /** Whether the notification is above the known part; notes that the walk reached it otherwise. */
        boolean isNew(Notification notification) {
            if (notification.id() <= floor) {
                reachedKnown = true;
                return false;
            }
            knownUpTo = Math.max(knownUpTo, notification.id());
            return true;
        }

        void note(List<Notification> found) {
            List<Notification> mine = found.stream().filter(this::holds).toList();
            topOf(mine).ifPresent(top -> {
                newTops.add(top);
                heldByTop.put(top, mine);
            });
        }

        void release(List<Notification> found) {
            topOf(found.stream().filter(this::holds).toList()).ifPresent(heldByTop::remove);
        }

        /** The stream's part of the page with this top, if held; handed over once, so that memory goes with it. */
        List<Notification> takeHeld(long top) {
            return heldByTop.remove(top);
        }

        private static OptionalLong topOf(List<Notification> notifications) {
            return notifications.stream().mapToLong(Notification::id).max();
        }

        /** Newest first: this walk's tops are all above the known ones. */
        List<Long> allTops() {
            List<Long> tops = new ArrayList<>(newTops);
            tops.addAll(knownTops);
            return tops;
        }

        KnownPages.Stream left(long watermarkNow) {
            return new KnownPages.Stream(knownUpTo, above(allTops(), watermarkNow));
        }

        /** The tops of the pages that may hold notifications above the watermark: the others are all delivered. */
        private static List<Long> above(List<Long> tops, long watermark) {
            return tops.stream().filter(top -> top > watermark).toList();
        }
    }

    /** One stream handed out from its oldest page up: a page held, or else read again, one page at a time. */
    private final class StreamWalk {
        private final StreamScan stream;
        private final List<Long> tops;
        private final int stage;
        private final Deque<Notification> buffer = new ArrayDeque<>();
        private int nextTop;
        private long lastHandedOut = watermark;

        StreamWalk(StreamScan stream, int stage) {
            this.stream = stream;
            this.tops = stream.allTops();
            this.stage = stage;
            this.nextTop = tops.size() - 1;
        }

        Notification peek() {
            while (buffer.isEmpty() && nextTop >= 0) {
                load(tops.get(nextTop--));
            }
            return buffer.peekFirst();
        }

        Notification take() {
            Notification notification = buffer.removeFirst();
            lastHandedOut = notification.id();
            return notification;
        }

        private void load(long top) {
            List<Notification> page = stream.takeHeld(top);
            if (page == null) {
                page = source.fetch(top + 1, stage).notifications();
            }
            page.stream()
                    .filter(stream::holds)
                    .filter(n -> n.id() > lastHandedOut && n.id() <= top && eligible.test(n))
                    .sorted(Comparator.comparingLong(Notification::id))
                    .forEach(buffer::addLast);
        }
    }

    /** Both streams by ascending id. */
    private static final class Merge implements Iterator<Notification> {
        private final StreamWalk confirms;
        private final StreamWalk regulars;

        Merge(StreamWalk confirms, StreamWalk regulars) {
            this.confirms = confirms;
            this.regulars = regulars;
        }

        @Override
        public boolean hasNext() {
            return confirms.peek() != null || regulars.peek() != null;
        }

        @Override
        public Notification next() {
            Notification confirm = confirms.peek();
            Notification regular = regulars.peek();
            if (confirm == null && regular == null) {
                throw new NoSuchElementException();
            }
            return regular == null || confirm != null && confirm.id() < regular.id() ? confirms.take() : regulars.take();
        }
    }
}
