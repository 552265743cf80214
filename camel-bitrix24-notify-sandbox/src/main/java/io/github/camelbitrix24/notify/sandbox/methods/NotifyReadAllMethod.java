package io.github.camelbitrix24.notify.sandbox.methods;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.calls.CallContext;
import io.github.camelbitrix24.notify.sandbox.calls.RestMethod;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;

/**
 * {@code im.notify.read.all}: marks all the caller's notifications read. The result is an object,
 * {@code {"result": true, "newCounter": <unread left>}}.
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
