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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.sandbox.calls.CallContext;
import io.github.camelbitrix24.notify.sandbox.calls.RestMethod;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;
import io.github.camelbitrix24.notify.sandbox.params.LastIdParam;
import io.github.camelbitrix24.notify.sandbox.params.MethodParams;
import io.github.camelbitrix24.notify.sandbox.params.PageLimit;
import io.github.camelbitrix24.notify.sandbox.results.NotificationView;
import io.github.camelbitrix24.notify.sandbox.results.UserDirectory;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;

/**
 * {@code im.notify.get}: one page of the caller's notifications, newest first. The first page lists the confirm-type
 * notifications first, then fills up to {@code LIMIT} with the others. The cursor is {@code LAST_ID} with
 * {@code LAST_TYPE}: 1 continues with older confirmations (then the others from the newest), 3 continues with other
 * notifications older than {@code LAST_ID}; any other stage yields an empty page, as on the portal.
 */
final class NotifyGetMethod implements RestMethod {

    private static final long CONFIRM_STAGE = 1;
    private static final long SIMPLE_STAGE = 3;

    private final NotificationStore store;

    NotifyGetMethod(NotificationStore store) {
        this.store = store;
    }

    @Override
    public Object execute(CallContext call) {
        MethodParams params = call.params();
        if (params.isSet("LAST_ID") != params.isSet("LAST_TYPE")) {
            throw RestError.badRequest("LAST_ID_AND_LAST_TYPE",
                    "Parameters LAST_ID and LAST_TYPE should be used together.");
        }
        long lastId = params.isSet("LAST_ID") ? LastIdParam.of(params) : 0;
        long lastType = params.integer("LAST_TYPE");
        int limit = PageLimit.of(params);

        List<StoredNotification> inbox = store.inboxOf(call.userId());
        if (inbox.isEmpty()) {
            // a user whose notification chat is empty gets only these two fields
            Map<String, Object> empty = new LinkedHashMap<>();
            empty.put("notifications", List.of());
            empty.put("users", List.of());
            return empty;
        }
        List<StoredNotification> page = page(inbox, lastId, lastType, limit);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("total_count", inbox.size());
        result.put("total_unread_count", inbox.stream().filter(n -> !n.read()).count());
        result.put("chat_id", NotificationStore.chatIdOf(call.userId()));
        result.put("notifications", NotificationView.of(page));
        result.put("users", UserDirectory.authorsOf(page));
        return result;
    }

    private static List<StoredNotification> page(
            List<StoredNotification> inbox, long lastId, long lastType,
            int limit) {
        boolean firstPage = lastId == 0 && lastType == 0;
        List<StoredNotification> page = new ArrayList<>();
        if (firstPage || lastType == CONFIRM_STAGE) {
            page.addAll(take(inbox, n -> n.isConfirm() && (firstPage || n.id() < lastId), limit));
            page.addAll(take(inbox, n -> !n.isConfirm(), limit - page.size()));
        } else if (lastType == SIMPLE_STAGE) {
            page.addAll(take(inbox, n -> !n.isConfirm() && n.id() < lastId, limit));
        }
        return page;
    }

    private static List<StoredNotification> take(
            List<StoredNotification> inbox, Predicate<StoredNotification> which,
            int count) {
        return inbox.stream().filter(which).limit(count).toList();
    }
}
