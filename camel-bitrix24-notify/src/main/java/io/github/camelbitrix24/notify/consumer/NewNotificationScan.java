package io.github.camelbitrix24.notify.consumer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationPage;

/**
 * Finds the notifications newer than a watermark id and hands them out oldest first, holding a page or two in
 * memory however large the backlog.
 * <p>
 * im.notify.get pages newest first, confirm-type notifications before all others: the pages form two streams,
 * confirmations and regular notifications, each in descending id order. The scan walks the pages from the newest
 * down to what is known (the watermark, or what the earlier polls' walks saw, {@link KnownPages}), noting for each
 * stream the top id of every page that holds new notifications; then each stream is read again from its oldest page
 * up, asking for "ids at or below this top" (LAST_ID = top + 1), which stays right when the portal deletes, re-tags
 * or adds notifications meanwhile. The two streams are merged by id.
 * <p>
 * What a poll costs: when everything new is on the first page, the usual case, that page is all there is to read;
 * when the confirmations on it are all known, one more request skips the rest of them (however many are pending) to
 * the newest regular notifications. A poll that follows one which stopped early reads the pages that poll left,
 * not the whole backlog again.
 */
public final class NewNotificationScan {

    private static final int CONFIRM_STAGE = NotificationPage.STAGE_CONFIRM;
    private static final int REGULAR_STAGE = NotificationPage.STAGE_REGULAR;

    private final PageSource source;
    private final int limit;
    private final long watermark;
    private final Predicate<Notification> eligible;
    private final StreamScan confirms;
    private final StreamScan regulars;
    private final int knownPending;
    /** The new notifications while one page holds them all; null once a second page held some. */
    private List<Notification> onlyPage = List.of();
    private int newCount;

    private NewNotificationScan(PageSource source, int limit, long watermark, Predicate<Notification> eligible,
                                KnownPages known) {
        this.source = source;
        this.limit = limit;
        this.watermark = watermark;
        this.eligible = eligible;
        this.confirms = new StreamScan(true, known.confirms());
        this.regulars = new StreamScan(false, known.regulars());
        this.knownPending = confirms.knownTops.isEmpty() && regulars.knownTops.isEmpty() ? 0 : known.pending();
    }

    /**
     * Walks the pages from the newest down to the first regular notification already known.
     *
     * @param eligible which notifications above the watermark are wanted (all, or the unread ones for startFrom=UNREAD)
     * @param known    what the previous poll's scan left, see {@link #knownAfter(long, int)}
     */
    public static NewNotificationScan run(PageSource source, int limit, long watermark, Predicate<Notification> eligible,
                                          KnownPages known) {
        NewNotificationScan scan = new NewNotificationScan(source, limit, watermark, eligible, known);
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
            page = amongConfirms && confirms.reachedKnown ? source.newestRegulars()
                    : source.fetch(page.nextLastId(), page.nextLastType());
        }
    }

    private void note(List<Notification> found) {
        if (found.isEmpty()) {
            return;
        }
        newCount += found.size();
        onlyPage = onlyPage != null && onlyPage.isEmpty() ? found : null;
        confirms.noteTop(found);
        regulars.noteTop(found);
    }

    /** How many new notifications there are, about: fewer may be handed out if the portal deleted some since. */
    public int count() {
        return newCount + knownPending;
    }

    /** The new notifications, oldest first. */
    public Iterator<Notification> oldestFirst() {
        if (onlyPage != null && confirms.knownTops.isEmpty() && regulars.knownTops.isEmpty()) {
            return onlyPage.stream().sorted(Comparator.comparingLong(Notification::id)).iterator();
        }
        return new Merge(new StreamWalk(confirms.allTops(), CONFIRM_STAGE), new StreamWalk(regulars.allTops(), REGULAR_STAGE));
    }

    /**
     * What the next poll needs to know once this one delivered up to the watermark: the pages left to read, and how
     * far the walk went.
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

    /** One stream in the walk: where the known part starts, and the tops of the pages with new notifications. */
    private final class StreamScan {
        private final boolean confirm;
        private final long floor;
        private final List<Long> knownTops;
        private final List<Long> newTops = new ArrayList<>();
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

        void noteTop(List<Notification> found) {
            found.stream().filter(this::holds).mapToLong(Notification::id).max().ifPresent(newTops::add);
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

    /** One stream read back from its oldest page up, one page in memory at a time. */
    private final class StreamWalk {
        private final List<Long> tops;
        private final int stage;
        private final Deque<Notification> buffer = new ArrayDeque<>();
        private int nextTop;
        private long lastHandedOut = watermark;

        StreamWalk(List<Long> tops, int stage) {
            this.tops = tops;
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
            source.fetch(top + 1, stage).notifications().stream()
                    .filter(n -> n.isConfirm() == (stage == CONFIRM_STAGE))
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
