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
        return new StoredNotification(
                id, userId, chatId, authorId, storedDate, notifyType, module, event, tag, subTag,
                title, text, messageOut, attach, read, buttons, List.of(), null);
    }
}
