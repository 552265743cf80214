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

import io.github.camelbitrix24.notify.sandbox.calls.CallContext;
import io.github.camelbitrix24.notify.sandbox.calls.RestMethod;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;
import io.github.camelbitrix24.notify.sandbox.params.MethodParams;
import io.github.camelbitrix24.notify.sandbox.params.PhpValues;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;
import io.github.camelbitrix24.notify.sandbox.store.ReadMarks;

/**
 * {@code im.notify.read.list}: marks each of the caller's notifications in {@code IDS} read ({@code ACTION=Y}, the
 * default) or unread (any other action), stopping at the first id that is not positive.
 */
final class NotifyReadListMethod implements RestMethod {

    private final ReadMarks marks;

    NotifyReadListMethod(NotificationStore store) {
        this.marks = new ReadMarks(store);
    }

    @Override
    public Object execute(CallContext call) {
        MethodParams params = call.params();
        List<Object> ids = params.array("IDS").orElseThrow(
                () -> RestError.badRequest("PARAMS_ERROR", "No IDS param or it is not an array"));
        boolean read = NotifyReadMethod.marksRead(params);
        for (Object value : ids) {
            long id = PhpValues.intval(value);
            if (id <= 0) {
                break;
            }
            if (read) {
                marks.markRead(call.userId(), id, false);
            } else {
                marks.markUnread(call.userId(), id, false);
            }
        }
        return true;
    }
}
