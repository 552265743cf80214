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
package io.github.camelbitrix24.notify.sandbox.methods;

import java.util.List;

import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.sandbox.calls.CallContext;
import io.github.camelbitrix24.notify.sandbox.calls.RestMethod;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;
import io.github.camelbitrix24.notify.sandbox.params.MethodParams;
import io.github.camelbitrix24.notify.sandbox.params.NotifyIdParam;
import io.github.camelbitrix24.notify.sandbox.results.ResultMessages;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;

/**
 * {@code im.notify.confirm}: presses a button of one of the caller's confirm-type notifications. As on the portal the
 * notification is then deleted. The result is {@code {"result_message": ["You have chosen \"<title>\""]}} ({@code []}
 * when no button has that value), or {@code false} when the caller has no such confirm notification.
 */
final class NotifyConfirmMethod implements RestMethod {

    private final NotificationStore store;

    NotifyConfirmMethod(NotificationStore store) {
        this.store = store;
    }

    @Override
    public Object execute(CallContext call) {
        MethodParams params = call.params();
        long id = NotifyIdParam.of(params);
        if (params.isEmpty("NOTIFY_VALUE")) {
            throw RestError.badRequest("NOTIFY_VALUE_ERROR", "Notification Value can't be empty");
        }
        String value = params.text("NOTIFY_VALUE");
        return store.confirm(call.userId(), id, value)
                .map(confirmed -> ResultMessages.of(choice(confirmed, value)))
                .orElseGet(ResultMessages::refused);
    }

    private static List<String> choice(StoredNotification confirmed, String value) {
        return confirmed.buttons().stream()
                .filter(button -> button.value().equals(value))
                .map(button -> "You have chosen \"" + button.title() + "\"")
                .limit(1)
                .toList();
    }
}
