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

import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationPage;
import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The id of the last notification whose exchange completed: everything at or below it is delivered. Kept in a
 * {@link StateRepository} when one is given, so that a restarted route resumes right after it.
 */
public final class DeliveryCursor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryCursor.class);

    /** What the cursor saves: a notification id, as the portal writes them. */
    private static final Pattern SAVED_ID = Pattern.compile("\\d{1,18}");

    private final StateRepository<String, String> repository;
    private final String key;
    private final StartFrom startFrom;
    /** Read by the figures from other threads, written by the poll. */
    private volatile Long watermark;
    /** For startFrom=UNREAD: notifications up to this id are wanted only while unread. */
    private long unreadOnlyUpTo = -1;

    /**
     * Reads the saved state at once, so that a repository that cannot give it, or holds something else than an id,
     * stops the consumer from starting, rather than failing every poll or starting from scratch. A start without a
     * saved position says so, once.
     *
     * @throws IllegalStateException when the saved state cannot be read or is not a notification id; the message names
     *                               the repository and the key, and says how to reset it
     */
    public DeliveryCursor(StateRepository<String, String> repository, String key, StartFrom startFrom) {
        this.repository = repository;
        this.key = key;
        this.startFrom = startFrom;
        this.watermark = savedWatermark();
        if (watermark == null) {
            LOG.info("No saved position {}: the first poll starts {} (startFrom={})",
                    repository == null
                            ? "(no stateRepository: it is kept in memory only)"
                            : "under the key " + key + " in " + StateRepositoryStart.describe(repository),
                    startingPoint(), startFrom);
        }
    }

    private Long savedWatermark() {
        String saved = repository == null ? null : readSaved();
        if (saved == null || saved.isBlank()) {
            return null;
        }
        if (!SAVED_ID.matcher(saved.trim()).matches()) {
            throw new IllegalStateException(
                    "The saved position of this route (key " + key + ") in "
                                            + StateRepositoryStart.describe(repository) + " is '" + saved
                                            + "', which is not the id of a delivered "
                                            + "notification. Remove that entry (in a FileStateRepository's "
                                            + "file, the line starting with " + key
                                            + "=) to start as startFrom says, or set it to the id of the "
                                            + "last notification the route processed");
        }
        return Long.parseLong(saved.trim());
    }

    private String readSaved() {
        try {
            return repository.getState(key);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot read the saved position of this route (key " + key + ") from "
                                            + StateRepositoryStart.describe(repository) + ": " + e
                                            + ". The route does not start: without its "
                                            + "position it would deliver again what it delivered before",
                    e);
        }
    }

    private String startingPoint() {
        return switch (startFrom) {
            case ALL -> "from the oldest notification the portal keeps";
            case UNREAD -> "with the unread notifications, oldest first, then every newer one";
            case NOW -> "after the newest notification there is then";
        };
    }

    /** Sets the watermark on the first poll, unless saved: as startFrom says. */
    public void startIfNeeded(PageSource pages, int limit) {
        if (watermark != null) {
            return;
        }
        switch (startFrom) {
            case ALL -> watermark = 0L;
            case UNREAD -> {
                unreadOnlyUpTo = newestId(pages, limit);
                watermark = 0L;
            }
            case NOW -> {
                watermark = newestId(pages, limit);
                save();
            }
        }
    }

    public long watermark() {
        Long known = watermark;
        return known == null ? 0 : known;
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

    /**
     * The newest id of all notifications. The first page leads with the confirm-type ones: when they fill it, the
     * newest regular notification is not on it, and one more request fetches it.
     */
    private static long newestId(PageSource pages, int limit) {
        NotificationPage first = pages.fetch(null, null);
        long newest = newestOf(first);
        if (first.notifications().size() >= limit && first.nextLastType() == NotificationPage.STAGE_CONFIRM) {
            newest = Math.max(newest, newestOf(pages.newestRegulars()));
        }
        return newest;
    }

    private static long newestOf(NotificationPage page) {
        return page.notifications().stream().mapToLong(Notification::id).max().orElse(0L);
    }
}
