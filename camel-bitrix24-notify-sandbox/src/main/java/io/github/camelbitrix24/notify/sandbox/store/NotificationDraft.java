package io.github.camelbitrix24.notify.sandbox.store;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.github.camelbitrix24.notify.sandbox.StoredButton;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;

/**
 * A notification about to be stored: everything but what the store assigns (id, chat).
 */
public record NotificationDraft(long userId, long authorId, int notifyType, String module, String event, String tag,
        String subTag, String title, String text, String messageOut, Object attach, List<StoredButton> buttons,
        OffsetDateTime date, boolean read) {

    StoredNotification materialize(long id, long chatId) {
        // the portal keeps creation dates to the second, and orders by them
        OffsetDateTime storedDate = date.truncatedTo(ChronoUnit.SECONDS);
        return new StoredNotification(id, userId, chatId, authorId, storedDate, notifyType, module, event, tag, subTag,
                title, text, messageOut, attach, read, buttons, List.of(), null);
    }
}
