package io.github.camelbitrix24.notify.api;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.github.camelbitrix24.notify.Bitrix24NotifyException;

/** The {@link Bitrix24NotifyException} inside a failed future's wrapping. */
public final class Failures {

    private Failures() {
    }

    public static Bitrix24NotifyException unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof Bitrix24NotifyException known) {
            return known;
        }
        return new Bitrix24NotifyException(Bitrix24NotifyException.IO_ERROR, cause.toString(),
                Bitrix24NotifyException.NOT_SENT, null, cause);
    }
}
