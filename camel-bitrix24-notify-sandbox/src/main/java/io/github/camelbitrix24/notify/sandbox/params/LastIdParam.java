package io.github.camelbitrix24.notify.sandbox.params;

import io.github.camelbitrix24.notify.sandbox.errors.RestError;

/**
 * The {@code LAST_ID} paging cursor: digits only, as the portal checks it.
 */
public final class LastIdParam {

    private LastIdParam() {
    }

    public static long of(MethodParams params) {
        String text = params.text("LAST_ID");
        if (text == null || !text.matches("\\d{1,18}")) {
            throw RestError.badRequest("LAST_ID_STRING", "Last notification ID can't be string");
        }
        return Long.parseLong(text);
    }
}
