package io.github.camelbitrix24.notify.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints one figure per line, {@code name value}, numbers with a dot and at most three decimals. */
final class Figures {

    private final PrintStream out;

    Figures(PrintStream out) {
        this.out = out;
    }

    void print(String name, double value) {
        out.println(name + " " + String.format(Locale.ROOT, "%.3f", value));
        out.flush();
    }

    void print(String name, long value) {
        out.println(name + " " + value);
        out.flush();
    }
}
