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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One notification as im.notify.get and im.notify.history.search return it. Read-only: change a notification through
 * the producer's operations (read, answer, confirm, delete).
 *
 * @param id          the notification id
 * @param chatId      the recipient's notification chat
 * @param authorId    the user who caused it, 0 for system notifications
 * @param date        when it was created
 * @param notifyType  1 confirm (with buttons), 2 from a user, 4 system: {@link #typeName()} gives its name
 * @param module      the module that created it, "rest" for notifications sent through REST
 * @param event       the module's event, "rest_notify" for REST
 * @param tag         the tag as the portal stores it (REST tags carry an application prefix, e.g. MP|1a2b3|TASK_42)
 * @param subTag      the sub-tag as stored
 * @param title       the title, often empty
 * @param settingName MODULE|EVENT
 * @param text        the text
 * @param read        whether the user has read it
 * @param buttons     the buttons of a confirm-type notification, empty otherwise
 * @param params      extra parameters the module attached, empty when none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Notification(
        @JsonProperty("id") long id,
        @JsonProperty("chat_id") Long chatId,
        @JsonProperty("author_id") long authorId,
        @JsonProperty("date") OffsetDateTime date,
        @JsonProperty("notify_type") int notifyType,
        @JsonProperty("notify_module") String module,
        @JsonProperty("notify_event") String event,
        @JsonProperty("notify_tag") String tag,
        @JsonProperty("notify_sub_tag") String subTag,
        @JsonProperty("notify_title") String title,
        @JsonProperty("setting_name") String settingName,
        @JsonProperty("text") String text,
        @JsonProperty("notify_read") @JsonDeserialize(using = Lenient.YesNo.class) boolean read,
        @JsonProperty("notify_buttons") @JsonDeserialize(using = NotificationButton.FromKeyboard.class) List<NotificationButton> buttons,
        @JsonProperty("params") @JsonDeserialize(using = Lenient.ObjectOrEmpty.class) Map<String, Object> params) {

    /** notify_type of a notification that asks the user to press a button. */
    public static final int TYPE_CONFIRM = 1;
    /** notify_type of a personal notification from a user. */
    public static final int TYPE_FROM_USER = 2;
    /** notify_type of a system notification. */
    public static final int TYPE_SYSTEM = 4;

    public Notification {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        params = params == null ? Map.of() : params;
    }

    /** Whether this notification waits for a button (answer it with the {@code confirm} operation). */
    public boolean isConfirm() {
        return notifyType == TYPE_CONFIRM;
    }

    /** The name of {@link #notifyType()}, for logs: {@code CONFIRM}, {@code FROM_USER} or {@code SYSTEM}. */
    public String typeName() {
        return typeNameOf(notifyType);
    }

    /**
     * The name of a notify_type code: {@code CONFIRM}, {@code FROM_USER} or {@code SYSTEM}, and the code itself for one
     * the portal may add later.
     */
    public static String typeNameOf(int notifyType) {
        return switch (notifyType) {
            case TYPE_CONFIRM -> "CONFIRM";
            case TYPE_FROM_USER -> "FROM_USER";
            case TYPE_SYSTEM -> "SYSTEM";
            default -> String.valueOf(notifyType);
        };
    }
}
