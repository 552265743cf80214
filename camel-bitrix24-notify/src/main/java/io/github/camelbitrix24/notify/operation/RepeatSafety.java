package io.github.camelbitrix24.notify.operation;

import io.github.camelbitrix24.notify.client.call.Bitrix24Request;

/**
 * Whether a call may be sent again when the portal may already have run it (the connection broke, no answer came
 * in time, a 5xx): reads and read marks may; a send only with a TAG, which makes the copy replace the first
 * (the portal applies tags of webhook calls only with CLIENT_ID); answers, confirmations and deletions never, as
 * the copy would be answered differently or act twice.
 */
public final class RepeatSafety {

    private RepeatSafety() {
    }

    public static boolean harmlessToRepeat(Bitrix24Request request) {
        Bitrix24Operation operation = Bitrix24Operation.find(request.method()).orElse(null);
        if (operation == null) {
            return false;
        }
        return switch (operation) {
            case GET, SCHEMA_GET, HISTORY_SEARCH, READ, READ_LIST, READ_ALL -> true;
            case NOTIFY, PERSONAL_ADD, SYSTEM_ADD -> given(request, NotifyParameter.TAG.wireName()) && given(request, NotifyParameter.CLIENT_ID.wireName());
            case ANSWER, CONFIRM, DELETE -> false;
        };
    }

    private static boolean given(Bitrix24Request request, String parameter) {
        Object value = request.params().get(parameter);
        return value != null && !value.toString().isBlank();
    }
}
