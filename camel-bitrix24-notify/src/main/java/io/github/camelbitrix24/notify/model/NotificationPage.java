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
package io.github.camelbitrix24.notify.model;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of im.notify.get or im.notify.history.search: the notifications, newest first (confirm-type ones first on
 * the first page of im.notify.get), and their authors.
 * <p>
 * The counters are null when the portal leaves them out: im.notify.get omits them when the user has no notifications,
 * im.notify.history.search has only {@code total_results}, on its first page.
 *
 * @param notifications    the notifications of this page
 * @param users            the authors of these notifications
 * @param totalCount       im.notify.get: how many notifications the user has
 * @param totalUnreadCount im.notify.get: how many of them are unread
 * @param chatId           the user's notification chat
 * @param totalResults     im.notify.history.search, first page: how many match
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationPage(
        @JsonProperty("notifications") List<Notification> notifications,
        @JsonProperty("users") List<NotificationUser> users,
        @JsonProperty("total_count") Integer totalCount,
        @JsonProperty("total_unread_count") Integer totalUnreadCount,
        @JsonProperty("chat_id") Long chatId,
        @JsonProperty("total_results") Integer totalResults) {

    /** What im.notify.get returns for a user without notifications (and history.search without a match). */
    public static final NotificationPage EMPTY = new NotificationPage(List.of(), List.of(), null, null, null, null);

    /** LAST_TYPE of a page that ended among confirm-type notifications. */
    public static final int STAGE_CONFIRM = 1;
    /** LAST_TYPE of a page that ended among regular notifications. */
    public static final int STAGE_REGULAR = 3;

    public NotificationPage {
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
        users = users == null ? List.of() : List.copyOf(users);
    }

    public boolean isEmpty() {
        return notifications.isEmpty();
    }

    /** The author with this id, if listed. */
    public Optional<NotificationUser> user(long id) {
        return users.stream().filter(user -> user.id() == id).findFirst();
    }

    /** LAST_ID for the next page: the id of this page's last notification; null when the page is empty. */
    public Long nextLastId() {
        return isEmpty() ? null : notifications.get(notifications.size() - 1).id();
    }

    /** LAST_TYPE for the next page of im.notify.get: the stage this page ended in; null when the page is empty. */
    public Integer nextLastType() {
        return isEmpty() ? null
                : notifications.get(notifications.size() - 1).isConfirm() ? STAGE_CONFIRM : STAGE_REGULAR;
    }
}
