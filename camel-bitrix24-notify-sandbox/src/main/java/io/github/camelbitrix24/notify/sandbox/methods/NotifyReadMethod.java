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

import io.github.camelbitrix24.notify.sandbox.calls.CallContext;
import io.github.camelbitrix24.notify.sandbox.calls.RestMethod;
import io.github.camelbitrix24.notify.sandbox.params.MethodParams;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;
import io.github.camelbitrix24.notify.sandbox.store.ReadMarks;

/**
 * {@code im.notify.read}: marks the caller's notification {@code ID} read ({@code ACTION=Y}, the default) or unread,
 * and with {@code ONLY_CURRENT} other than {@code Y} every one with a greater id too. Without {@code ID} nothing
 * changes. The result is always {@code true}.
 */
final class NotifyReadMethod implements RestMethod {

    private final ReadMarks marks;

    NotifyReadMethod(NotificationStore store) {
        this.marks = new ReadMarks(store);
    }

    @Override
    public Object execute(CallContext call) {
        MethodParams params = call.params();
        long id = params.integer("ID");
        if (params.isSet("ID") && id >= 0) {
            boolean andNewer = !"Y".equals(params.text("ONLY_CURRENT"));
            if (marksRead(params)) {
                marks.markRead(call.userId(), id, andNewer);
            } else {
                marks.markUnread(call.userId(), id, andNewer);
            }
        }
        return true;
    }

    static boolean marksRead(MethodParams params) {
        return !params.isSet("ACTION") || "Y".equals(params.text("ACTION"));
    }
}
