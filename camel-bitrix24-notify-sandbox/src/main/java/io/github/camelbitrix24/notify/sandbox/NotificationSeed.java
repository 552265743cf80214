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
package io.github.camelbitrix24.notify.sandbox;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.github.camelbitrix24.notify.sandbox.encoding.Json;
import io.github.camelbitrix24.notify.sandbox.store.NotificationDraft;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;

/**
 * Puts notifications on the portal directly, as the portal's own modules would, for one recipient. By default a
 * notification comes from user 1 ({@link StoredNotification#FROM_USER}), module {@code rest}, event
 * {@code rest_notify}, dated now and unread. Tags are stored exactly as given (no {@code MP|} prefix) and replace older
 * notifications with the same tag, as on the portal.
 *
 * <pre>{@code
 * sandbox.seed(2).text("Hello").create();
 * sandbox.seed(1).system().text("Backup done").module("main").event("backup").create();
 * sandbox.seed(1).confirm().text("Join group?").button("Accept", "Y").button("Decline", "N").create();
 * sandbox.seed(1).text("bulk %d").createMany(10_000);
 * }</pre>
 */
public final class NotificationSeed {

    private static final long DEFAULT_AUTHOR = 1;

    private final NotificationStore store;
    private final long userId;
    private int notifyType = StoredNotification.FROM_USER;
    private long authorId = DEFAULT_AUTHOR;
    private String module = "rest";
    private String event = "rest_notify";
    private String tag = "";
    private String subTag = "";
    private String title = "";
    private String text = "";
    private String messageOut = "";
    private Object attach;
    private final List<StoredButton> buttons = new ArrayList<>();
    private OffsetDateTime date;
    private boolean read;

    NotificationSeed(NotificationStore store, long userId) {
        if (userId <= 0) {
            throw new IllegalArgumentException("A notification needs a recipient id > 0, not " + userId);
        }
        this.store = store;
        this.userId = userId;
    }

    public NotificationSeed text(String newText) {
        this.text = Objects.requireNonNull(newText, "text");
        return this;
    }

    /** A system notification, without author. */
    public NotificationSeed system() {
        this.notifyType = StoredNotification.SYSTEM;
        this.authorId = 0;
        return this;
    }

    /** A confirm-type notification; without {@link #button buttons} it gets the portal's Accept (Y) and Decline (N). */
    public NotificationSeed confirm() {
        this.notifyType = StoredNotification.CONFIRM;
        if (authorId == 0) {
            authorId = DEFAULT_AUTHOR;
        }
        return this;
    }

    /** From that user: a personal notification, or a confirm-type one when {@link #confirm()} is chosen too. */
    public NotificationSeed fromUser(long author) {
        if (notifyType == StoredNotification.SYSTEM) {
            notifyType = StoredNotification.FROM_USER;
        }
        this.authorId = author;
        return this;
    }

    public NotificationSeed module(String newModule) {
        this.module = Objects.requireNonNull(newModule, "module");
        return this;
    }

    public NotificationSeed event(String newEvent) {
        this.event = Objects.requireNonNull(newEvent, "event");
        return this;
    }

    public NotificationSeed tag(String newTag) {
        this.tag = Objects.requireNonNull(newTag, "tag");
        return this;
    }

    public NotificationSeed subTag(String newSubTag) {
        this.subTag = Objects.requireNonNull(newSubTag, "subTag");
        return this;
    }

    public NotificationSeed title(String newTitle) {
        this.title = Objects.requireNonNull(newTitle, "title");
        return this;
    }

    public NotificationSeed messageOut(String newMessageOut) {
        this.messageOut = Objects.requireNonNull(newMessageOut, "messageOut");
        return this;
    }

    /** An attachment: a {@code Map} (full form), a {@code List} of blocks (short form) or their JSON text. */
    public NotificationSeed attach(Object newAttach) {
        this.attach = newAttach instanceof String json ? parse(json) : newAttach;
        return this;
    }

    public NotificationSeed date(OffsetDateTime newDate) {
        this.date = Objects.requireNonNull(newDate, "date");
        return this;
    }

    public NotificationSeed read(boolean newRead) {
        this.read = newRead;
        return this;
    }

    /** Adds a button; it makes sense on {@link #confirm() confirm} notifications only. */
    public NotificationSeed button(String buttonTitle, String value) {
        buttons.add(new StoredButton(
                Objects.requireNonNull(buttonTitle, "title"),
                Objects.requireNonNull(value, "value")));
        return this;
    }

    /** Stores the notification and returns its id. */
    public long create() {
        return store.add(draft(text)).id();
    }

    /**
     * Stores {@code count} notifications at once and returns their ids in creation order. The text is a
     * {@link String#format} pattern given the 1-based number of each notification, e.g. {@code "bulk %d"}.
     */
    public List<Long> createMany(int count) {
        List<NotificationDraft> drafts = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            drafts.add(draft(String.format(Locale.ROOT, text, number)));
        }
        return store.addAll(drafts).stream().map(StoredNotification::id).toList();
    }

    private NotificationDraft draft(String notificationText) {
        List<StoredButton> confirmButtons = notifyType != StoredNotification.CONFIRM ? List.of()
                : buttons.isEmpty() ? List.of(StoredButton.ACCEPT, StoredButton.DECLINE)
                : List.copyOf(buttons);
        OffsetDateTime created = date != null ? date : OffsetDateTime.now(ZoneOffset.UTC);
        return new NotificationDraft(
                userId, authorId, notifyType, module, event, tag, subTag, title,
                notificationText, messageOut, attach, confirmButtons, created, read);
    }

    private static Object parse(String json) {
        try {
            return Json.parse(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("The attachment is not valid JSON: " + e.getMessage(), e);
        }
    }
}
