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
package io.github.camelbitrix24.notify.sandbox.params;

import java.util.Set;
import java.util.function.Predicate;

import io.github.camelbitrix24.notify.sandbox.StoredNotification;

/**
 * The portal's built-in notification groups that {@code GROUP_TAG} narrows a search to. Numeric tags name groups users
 * define in their settings; the sandbox has none, so like unknown tags they do not narrow anything.
 */
final class NotificationGroups {

    private static final Set<String> MENTION_EVENTS = Set.of("mention", "mention_comment");
    private static final Set<String> ADMIN_SETTINGS = Set.of("blog|log_notify_all_request", "imbot|refresh_error",
            "intranet|refresh_error", "voximplant|notifications", "voximplant|status_notifications");
    private static final String ADMIN_EVENT = "admin_notification";

    private NotificationGroups() {
    }

    static Predicate<StoredNotification> byTag(String groupTag) {
        return switch (groupTag) {
            case "confirm" -> StoredNotification::isConfirm;
            case "mention" -> n -> MENTION_EVENTS.contains(n.event());
            case "admin" -> n -> ADMIN_SETTINGS.contains(n.settingName()) || ADMIN_EVENT.equals(n.event());
            default -> n -> true;
        };
    }
}
