package io.github.camelbitrix24.notify.sandbox.params;

/**
 * The {@code LIMIT} of a notification page: 50 by default and at most; a value of 0 or less means the default.
 */
public final class PageLimit {

    static final int MAX = 50;

    private PageLimit() {
    }

    public static int of(MethodParams params) {
        if (!params.isSet("LIMIT")) {
            return MAX;
        }
        long limit = params.integer("LIMIT");
        return limit <= 0 || limit > MAX ? MAX : (int) limit;
    }
}
