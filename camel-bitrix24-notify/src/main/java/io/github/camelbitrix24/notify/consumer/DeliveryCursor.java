package io.github.camelbitrix24.notify.consumer;

import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationPage;
import org.apache.camel.spi.StateRepository;

/**
 * The id of the last notification whose exchange completed: everything at or below it is delivered. Kept in a
 * {@link StateRepository} when one is given, so that a restarted route resumes right after it.
 */
public final class DeliveryCursor {

    private final StateRepository<String, String> repository;
    private final String key;
    private final StartFrom startFrom;
    private Long watermark;
    /** For startFrom=UNREAD: notifications up to this id are wanted only while unread. */
    private long unreadOnlyUpTo = -1;

    public DeliveryCursor(StateRepository<String, String> repository, String key, StartFrom startFrom) {
        this.repository = repository;
        this.key = key;
        this.startFrom = startFrom;
    }

    /** Sets the watermark on the first poll: from the saved state, else as startFrom says. */
    public void startIfNeeded(Supplier<NotificationPage> firstPage) {
        if (watermark != null) {
            return;
        }
        String saved = repository == null ? null : repository.getState(key);
        if (saved != null && !saved.isBlank()) {
            watermark = Long.parseLong(saved.trim());
            return;
        }
        switch (startFrom) {
            case ALL -> watermark = 0L;
            case UNREAD -> {
                unreadOnlyUpTo = newestId(firstPage.get());
                watermark = 0L;
            }
            case NOW -> {
                watermark = newestId(firstPage.get());
                save();
            }
        }
    }

    public long watermark() {
        return watermark;
    }

    /** Which notifications above the watermark are wanted. */
    public Predicate<Notification> eligible() {
        long upTo = unreadOnlyUpTo;
        return notification -> notification.id() > upTo || !notification.read();
    }

    /** Called once the notification's exchange completed. */
    public void delivered(long id) {
        if (id > watermark) {
            watermark = id;
            save();
        }
    }

    private void save() {
        if (repository != null) {
            repository.setState(key, String.valueOf(watermark));
        }
    }

    private static long newestId(NotificationPage page) {
        return page.notifications().stream().mapToLong(Notification::id).max().orElse(0L);
    }
}
