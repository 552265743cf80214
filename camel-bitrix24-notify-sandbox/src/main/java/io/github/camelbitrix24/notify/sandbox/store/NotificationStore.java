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
package io.github.camelbitrix24.notify.sandbox.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.camelbitrix24.notify.sandbox.StoredNotification;

/**
 * The portal's notifications, kept per recipient in the portal's own order (newest first). Thread-safe: one read-write
 * lock guards all state, so every method sees and leaves a consistent portal.
 */
public final class NotificationStore {

    /** The portal's order: creation date descending, then id descending. */
    public static final Comparator<StoredNotification> NEWEST_FIRST = Comparator
            .comparing((StoredNotification n) -> n.date().toInstant())
            .thenComparingLong(StoredNotification::id)
            .reversed();

    /** Every user's system chat id derives from the user id, so it is stable without bookkeeping. */
    private static final long CHAT_ID_OFFSET = 1000;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicLong lastId = new AtomicLong();
    private final Map<Long, NavigableSet<StoredNotification>> inboxes = new HashMap<>();
    private final Map<Long, StoredNotification> live = new HashMap<>();
    /** The portal deletes a notification once confirmed; it is kept here so tests can still read the choice. */
    private final Map<Long, StoredNotification> confirmed = new HashMap<>();

    public static long chatIdOf(long userId) {
        return CHAT_ID_OFFSET + userId;
    }

    /**
     * Stores a new notification. A non-empty tag replaces the older notifications with that tag: of the same recipient,
     * or of every recipient for confirm-type notifications, as the portal does.
     */
    public StoredNotification add(NotificationDraft draft) {
        return writing(() -> insert(draft));
    }

    public List<StoredNotification> addAll(List<NotificationDraft> drafts) {
        return writing(() -> {
            List<StoredNotification> stored = new ArrayList<>(drafts.size());
            drafts.forEach(draft -> stored.add(insert(draft)));
            return stored;
        });
    }

    /** The recipient's notifications, newest first. */
    public List<StoredNotification> inboxOf(long userId) {
        return reading(() -> {
            NavigableSet<StoredNotification> inbox = inboxes.get(userId);
            return inbox == null ? List.of() : List.copyOf(inbox);
        });
    }

    public Optional<StoredNotification> find(long id) {
        return reading(() -> Optional.ofNullable(live.get(id)));
    }

    /** Like {@link #find(long)}, but also finds notifications the portal removed when they were confirmed. */
    public Optional<StoredNotification> findIncludingConfirmed(long id) {
        return reading(() -> Optional.ofNullable(live.getOrDefault(id, confirmed.get(id))));
    }

    /** Sets the read flag of the recipient's notifications that match; returns how many changed. */
    public int setRead(long userId, Predicate<StoredNotification> which, boolean read) {
        return writing(() -> {
            List<StoredNotification> changing = inbox(userId).stream()
                    .filter(n -> n.read() != read)
                    .filter(which)
                    .toList();
            changing.forEach(n -> replace(n, n.withRead(read)));
            return changing.size();
        });
    }

    public boolean delete(long id) {
        return deleteWhere(n -> n.id() == id) > 0;
    }

    /** Deletes the notification only when it belongs to that recipient. */
    public boolean deleteOwned(long userId, long id) {
        return deleteWhere(n -> n.id() == id && n.userId() == userId) > 0;
    }

    /** Deletes matching notifications of every recipient; returns how many. */
    public int deleteWhere(Predicate<StoredNotification> which) {
        return writing(() -> {
            List<StoredNotification> victims = live.values().stream().filter(which).toList();
            victims.forEach(this::remove);
            return victims.size();
        });
    }

    /** Records a quick answer on the recipient's notification; empty when the recipient has no such one. */
    public Optional<StoredNotification> answer(long userId, long id, String answer) {
        return writing(() -> owned(userId, id).map(n -> replace(n, n.withAnswer(answer))));
    }

    /**
     * Records the choice on the recipient's confirm-type notification and removes it, as the portal does; empty when
     * the recipient has no such notification.
     */
    public Optional<StoredNotification> confirm(long userId, long id, String value) {
        return writing(() -> owned(userId, id).filter(StoredNotification::isConfirm).map(n -> {
            remove(n);
            StoredNotification choice = n.withConfirmedValue(value);
            confirmed.put(id, choice);
            return choice;
        }));
    }

    public boolean retag(long id, String tag) {
        return writing(() -> {
            StoredNotification current = live.get(id);
            if (current == null) {
                return false;
            }
            replace(current, current.withTag(tag));
            return true;
        });
    }

    /** Forgets every notification; ids keep increasing. */
    public void clear() {
        writing(() -> {
            inboxes.clear();
            live.clear();
            confirmed.clear();
            return null;
        });
    }

    private StoredNotification insert(NotificationDraft draft) {
        StoredNotification created = draft.materialize(lastId.incrementAndGet(), chatIdOf(draft.userId()));
        if (!created.tag().isEmpty()) {
            live.values().stream()
                    .filter(n -> n.tag().equals(created.tag()))
                    .filter(n -> created.isConfirm() || n.userId() == created.userId())
                    .toList()
                    .forEach(this::remove);
        }
        inbox(created.userId()).add(created);
        live.put(created.id(), created);
        return created;
    }

    private Optional<StoredNotification> owned(long userId, long id) {
        return Optional.ofNullable(live.get(id)).filter(n -> n.userId() == userId);
    }

    private NavigableSet<StoredNotification> inbox(long userId) {
        return inboxes.computeIfAbsent(userId, user -> new TreeSet<>(NEWEST_FIRST));
    }

    private StoredNotification replace(StoredNotification current, StoredNotification updated) {
        NavigableSet<StoredNotification> inbox = inbox(current.userId());
        inbox.remove(current);
        inbox.add(updated);
        live.put(updated.id(), updated);
        return updated;
    }

    private void remove(StoredNotification notification) {
        inbox(notification.userId()).remove(notification);
        live.remove(notification.id());
    }

    private <T> T reading(Supplier<T> action) {
        return guarded(lock.readLock(), action);
    }

    private <T> T writing(Supplier<T> action) {
        return guarded(lock.writeLock(), action);
    }

    private static <T> T guarded(Lock guard, Supplier<T> action) {
        guard.lock();
        try {
            return action.get();
        } finally {
            guard.unlock();
        }
    }
}
