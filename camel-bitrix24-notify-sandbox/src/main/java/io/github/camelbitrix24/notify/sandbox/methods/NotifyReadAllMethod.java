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
import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.calls.CallContext;
import io.github.camelbitrix24.notify.sandbox.calls.RestMethod;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;

/**
 * {@code im.notify.read.all}: marks all the caller's notifications read. The result is an object, {@code {"result":
 * true, "newCounter": <unread left>}}.
 */
final class NotifyReadAllMethod implements RestMethod {

    private final NotificationStore store;

    NotifyReadAllMethod(NotificationStore store) {
        this.store = store;
    }

    @Override
    public Object execute(CallContext call) {
        store.setRead(call.userId(), n -> true, true);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("result", true);
        result.put("newCounter", store.inboxOf(call.userId()).stream().filter(n -> !n.read()).count());
        return result;
    }
}
