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

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.github.camelbitrix24.notify.sandbox.encoding.Json;

/**
 * A notification as the sandbox portal stores it. Immutable: every change on the portal replaces the stored record.
 *
 * @param id             the notification id (ids only ever increase)
 * @param userId         the recipient
 * @param chatId         the recipient's system notification chat
 * @param authorId       the author; 0 for system notifications
 * @param date           the creation date, to the second as the portal keeps it
 * @param notifyType     {@link #CONFIRM}, {@link #FROM_USER} or {@link #SYSTEM}
 * @param module         the notifying module, {@code rest} for notifications sent over REST
 * @param event          the module's event, {@code rest_notify} for notifications sent over REST
 * @param tag            the tag as stored (REST sends get an {@code MP|xxxxx|} prefix); empty when none
 * @param subTag         the sub-tag as stored; empty when none
 * @param title          the title; empty when none
 * @param text           the message text as sent (not converted from BB codes)
 * @param messageOut     the text for external channels (e-mail); empty when none
 * @param attach         the ATTACH structure as parsed JSON ({@code Map} or {@code List}), or {@code null}
 * @param read           whether the recipient has read it
 * @param buttons        the buttons of a confirm-type notification, empty otherwise
 * @param answers        the quick answers received through {@code im.notify.answer}, oldest first
 * @param confirmedValue the button value received through {@code im.notify.confirm}, or {@code null}
 */
public record StoredNotification(long id, long userId, long chatId, long authorId, OffsetDateTime date,
        int notifyType, String module, String event, String tag, String subTag, String title, String text,
        String messageOut, Object attach, boolean read, List<StoredButton> buttons, List<String> answers,
        String confirmedValue) {

    /** A notification asking the user to choose one of its buttons. */
    public static final int CONFIRM = 1;
    /** A personal notification from another user. */
    public static final int FROM_USER = 2;
    /** A system notification, without author. */
    public static final int SYSTEM = 4;

    public StoredNotification {
        attach = Json.frozen(attach);
        buttons = List.copyOf(buttons);
        answers = List.copyOf(answers);
    }

    public boolean isConfirm() {
        return notifyType == CONFIRM;
    }

    /** The notification setting code, {@code MODULE|EVENT}. */
    public String settingName() {
        return module + "|" + event;
    }

    public StoredNotification withRead(boolean newRead) {
        return new StoredNotification(
                id, userId, chatId, authorId, date, notifyType, module, event, tag, subTag,
                title, text, messageOut, attach, newRead, buttons, answers, confirmedValue);
    }

    public StoredNotification withTag(String newTag) {
        return new StoredNotification(
                id, userId, chatId, authorId, date, notifyType, module, event, newTag, subTag,
                title, text, messageOut, attach, read, buttons, answers, confirmedValue);
    }

    public StoredNotification withAnswer(String answer) {
        List<String> newAnswers = new ArrayList<>(answers);
        newAnswers.add(answer);
        return new StoredNotification(
                id, userId, chatId, authorId, date, notifyType, module, event, tag, subTag,
                title, text, messageOut, attach, read, buttons, newAnswers, confirmedValue);
    }

    public StoredNotification withConfirmedValue(String value) {
        return new StoredNotification(
                id, userId, chatId, authorId, date, notifyType, module, event, tag, subTag,
                title, text, messageOut, attach, read, buttons, answers, value);
    }
}
