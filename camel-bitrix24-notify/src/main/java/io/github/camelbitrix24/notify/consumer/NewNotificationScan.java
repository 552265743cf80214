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
 * confirmations and regular notifications, each in descending id order. The scan walks the pages once to find,
 * for each stream, the top id of every page that holds new notifications; then each stream is read again from its
 * oldest page up, asking for "ids at or below this top" (LAST_ID = top + 1), which stays right when the portal
 * deletes, re-tags or adds notifications meanwhile. The two streams are merged by id. When everything new is on the
 * first page, the usual case, that page is all there is to read: one request per poll.
 */
public final class NewNotificationScan {

    private static final int CONFIRM_STAGE = NotificationPage.STAGE_CONFIRM;
    private static final int REGULAR_STAGE = NotificationPage.STAGE_REGULAR;

    private final PageSource source;
    private final int limit;
    private final long watermark;
    private final Predicate<Notification> eligible;
    private final List<Long> confirmTops = new ArrayList<>();
    private final List<Long> regularTops = new ArrayList<>();
    private NotificationPage onlyPage;
    private int count;

    private NewNotificationScan(PageSource source, int limit, long watermark, Predicate<Notification> eligible) {
        this.source = source;
        this.limit = limit;
        this.watermark = watermark;
        this.eligible = eligible;
    }

    /**
     * Walks the pages from the newest down to the first regular notification at or below the watermark.
     *
     * @param eligible which notifications above the watermark are wanted (all, or the unread ones for startFrom=UNREAD)
     */
    public static NewNotificationScan run(PageSource source, int limit, long watermark, Predicate<Notification> eligible) {
        NewNotificationScan scan = new NewNotificationScan(source, limit, watermark, eligible);
        scan.walk();
        return scan;
    }

    private void walk() {
        NotificationPage page = source.fetch(null, null);
        boolean firstPage = true;
        while (!page.isEmpty()) {
            Long confirmTop = null;
            Long regularTop = null;
            boolean reachedDelivered = false;
            for (Notification notification : page.notifications()) {
                if (notification.id() <= watermark) {
                    reachedDelivered |= !notification.isConfirm();
                } else if (eligible.test(notification)) {
                    count++;
                    if (notification.isConfirm()) {
                        confirmTop = confirmTop == null ? notification.id() : Math.max(confirmTop, notification.id());
                    } else {
                        regularTop = regularTop == null ? notification.id() : Math.max(regularTop, notification.id());
                    }
                }
            }
            if (confirmTop != null) {
                confirmTops.add(confirmTop);
            }
            if (regularTop != null) {
                regularTops.add(regularTop);
            }
            if (reachedDelivered || page.notifications().size() < limit) {
                onlyPage = firstPage ? page : null;
                return;
            }
            page = source.fetch(page.nextLastId(), page.nextLastType());
            firstPage = false;
        }
    }

    /** How many new notifications the walk found; fewer may be handed out if the portal deleted some since. */
    public int count() {
        return count;
    }

    /** The new notifications, oldest first. */
    public Iterator<Notification> oldestFirst() {
        if (onlyPage != null) {
            return onlyPage.notifications().stream()
                    .filter(n -> n.id() > watermark && eligible.test(n))
                    .sorted(Comparator.comparingLong(Notification::id))
                    .iterator();
        }
        return new Merge(new StreamWalk(confirmTops, CONFIRM_STAGE), new StreamWalk(regularTops, REGULAR_STAGE));
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
