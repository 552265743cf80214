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
 * {@code im.notify.read.list}: marks each of the caller's notifications in {@code IDS} read ({@code ACTION=Y},
 * the default) or unread (any other action), stopping at the first id that is not positive.
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
