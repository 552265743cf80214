package io.github.camelbitrix24.notify.support;

import java.io.PrintWriter;
import java.io.StringWriter;

/** An error as a log would print it, its causes included: what secret checks must read. */
public final class StackTraces {

    private StackTraces() {
    }

    public static String of(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
