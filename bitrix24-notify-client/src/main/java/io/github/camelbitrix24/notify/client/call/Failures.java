package io.github.camelbitrix24.notify.client.call;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The one way to read a failed future: the {@link PortalException} inside its wrapping. */
public final class Failures {

    private Failures() {
    }

    /** The failure without the future's wrapping, whatever it is. */
    public static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The portal's error inside the wrapping; anything else becomes an {@link ErrorCodes#IO_ERROR} of unknown outcome,
     * since nothing tells whether the request left.
     */
    public static PortalException unwrap(Throwable failure) {
        Throwable cause = cause(failure);
        if (cause instanceof PortalException known) {
            return known;
        }
        return PortalException.noAnswer(ErrorCodes.IO_ERROR, cause.toString(), null, cause);
    }
}
