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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.sandbox.calls.CallContext;
import io.github.camelbitrix24.notify.sandbox.calls.RestMethod;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;
import io.github.camelbitrix24.notify.sandbox.params.LastIdParam;
import io.github.camelbitrix24.notify.sandbox.params.MethodParams;
import io.github.camelbitrix24.notify.sandbox.params.NotificationSearch;
import io.github.camelbitrix24.notify.sandbox.params.PageLimit;
import io.github.camelbitrix24.notify.sandbox.results.NotificationView;
import io.github.camelbitrix24.notify.sandbox.results.UserDirectory;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;

/**
 * {@code im.notify.history.search}: one page of the caller's notifications that match the filters, newest first, older
 * than {@code LAST_ID} when given. {@code total_results} comes on the first page only. Like the portal it answers
 * {@code []} when the caller has no notifications or nothing narrows the search.
 */
final class NotifyHistorySearchMethod implements RestMethod {

    private static final int MIN_SEARCH_TEXT = 3;

    private final NotificationStore store;

    NotifyHistorySearchMethod(NotificationStore store) {
        this.store = store;
    }

    @Override
    public Object execute(CallContext call) {
        MethodParams params = call.params();
        requireSomethingToSearch(params);
        long lastId = params.isSet("LAST_ID") ? LastIdParam.of(params) : 0;
        int limit = PageLimit.of(params);
        NotificationSearch search = NotificationSearch.of(params);

        List<StoredNotification> inbox = store.inboxOf(call.userId());
        if (inbox.isEmpty() || !search.narrows()) {
            return List.of();
        }
        List<StoredNotification> matches = inbox.stream().filter(search::matches).toList();
        List<StoredNotification> page = matches.stream()
                .filter(n -> lastId <= 0 || n.id() < lastId)
                .limit(limit)
                .toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("chat_id", NotificationStore.chatIdOf(call.userId()));
        if (lastId <= 0) {
            result.put("total_results", matches.size());
        }
        result.put("notifications", NotificationView.of(page));
        result.put("users", UserDirectory.authorsOf(page));
        return result;
    }

    private static void requireSomethingToSearch(MethodParams params) {
        boolean otherFilter = !params.isEmpty("SEARCH_TYPE") || !params.isEmpty("SEARCH_DATE")
                || !params.isEmpty("SEARCH_AUTHORS") || !params.isEmpty("SEARCH_TYPES")
                || !params.isEmpty("SEARCH_DATE_FROM") || !params.isEmpty("SEARCH_DATE_TO");
        String text = params.trimmedText("SEARCH_TEXT");
        if (!otherFilter && text.codePointCount(0, text.length()) < MIN_SEARCH_TEXT) {
            throw RestError.badRequest("SEARCH_TEXT_ERROR", "SEARCH_TEXT can't be less than 3 symbols");
        }
    }
}
