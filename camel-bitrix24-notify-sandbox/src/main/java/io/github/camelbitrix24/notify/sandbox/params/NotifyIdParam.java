package io.github.camelbitrix24.notify.sandbox.params;

import io.github.camelbitrix24.notify.sandbox.errors.RestError;

/**
 * The notification of {@code im.notify.answer} and {@code im.notify.confirm}: {@code NOTIFY_ID}, or its alias
 * {@code ID}, which wins when both are given.
 */
public final class NotifyIdParam {

    private NotifyIdParam() {
    }

    public static long of(MethodParams params) {
        long id = params.integer(params.isSet("ID") ? "ID" : "NOTIFY_ID");
        if (id <= 0) {
            throw RestError.badRequest("ID_ERROR", "Notification ID can't be empty");
        }
        return id;
    }
}
