package io.github.camelbitrix24.notify.sandbox.results;

import java.util.Map;

/**
 * The {@code {"result_message": ...}} result of {@code im.notify.answer} and {@code im.notify.confirm}: the
 * handler's messages, or {@code false} when the notification could not take the action.
 */
public final class ResultMessages {

    private ResultMessages() {
    }

    public static Map<String, Object> of(Object messages) {
        return Map.of("result_message", messages);
    }

    public static Map<String, Object> refused() {
        return of(false);
    }
}
