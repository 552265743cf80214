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
package io.github.camelbitrix24.notify.sandbox.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.StoredButton;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.sandbox.encoding.Json;
import io.github.camelbitrix24.notify.sandbox.encoding.PortalDates;

/**
 * A notification as {@code im.notify.get} and {@code im.notify.history.search} show it.
 */
public final class NotificationView {

    /** The portal renders notification buttons as a keyboard of this pseudo bot. */
    private static final int KEYBOARD_BOT_ID = 111;
    private static final String CONFIRM_COMMAND = "notifyConfirm";
    private static final String ACCEPT_COLOR = "#8BC84B";
    private static final String DECLINE_COLOR = "#ef4b57";

    private NotificationView() {
    }

    public static List<Map<String, Object>> of(List<StoredNotification> notifications) {
        return notifications.stream().map(NotificationView::of).toList();
    }

    private static Map<String, Object> of(StoredNotification notification) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", notification.id());
        view.put("chat_id", notification.chatId());
        view.put("author_id", notification.authorId());
        view.put("date", PortalDates.format(notification.date()));
        view.put("notify_type", notification.notifyType());
        view.put("notify_module", notification.module());
        view.put("notify_event", notification.event());
        view.put("notify_tag", notification.tag());
        view.put("notify_sub_tag", notification.subTag());
        view.put("notify_title", notification.title());
        view.put("setting_name", notification.settingName());
        view.put("text", notification.text());
        view.put("notify_read", notification.read() ? "Y" : "N");
        if (notification.isConfirm()) {
            view.put("notify_buttons", keyboard(notification));
        }
        view.put("params", notification.attach() == null ? null : Map.of("ATTACH", List.of(fullForm(notification))));
        return view;
    }

    /** The JSON keyboard string whose buttons send {@code im.notify.confirm}'s {@code <id>|<value>}. */
    private static String keyboard(StoredNotification notification) {
        List<Map<String, Object>> buttons = new ArrayList<>();
        for (StoredButton button : notification.buttons()) {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("BOT_ID", KEYBOARD_BOT_ID);
            key.put("TYPE", "BUTTON");
            key.put("COMMAND", CONFIRM_COMMAND);
            key.put("COMMAND_PARAMS", notification.id() + "|" + button.value());
            key.put("TEXT", button.title());
            key.put("VOTE", "N");
            key.put("BLOCK", "N");
            key.put("WAIT", "N");
            key.put("CONTEXT", "ALL");
            key.put("DISABLED", "N");
            key.put("DISPLAY", "LINE");
            key.put("BG_COLOR", button.accepts() ? ACCEPT_COLOR : DECLINE_COLOR);
            key.put("TEXT_COLOR", "#fff");
            buttons.add(key);
        }
        return Json.write(buttons);
    }

    /** The portal keeps attachments in their full form, blocks wrapped in an object. */
    private static Object fullForm(StoredNotification notification) {
        Object attach = notification.attach();
        return attach instanceof List<?> blocks ? Map.of("BLOCKS", blocks) : attach;
    }
}
