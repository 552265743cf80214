package io.github.camelbitrix24.notify.sandbox.calls;

import io.github.camelbitrix24.notify.sandbox.errors.RestError;

/**
 * One REST method of the portal. Returns the value of {@code result}, or throws {@link RestError}.
 */
@FunctionalInterface
public interface RestMethod {

    Object execute(CallContext call);

    /** Whether the portal counts the method's execution time against its operating limit. */
    default boolean countsOperatingTime() {
        return true;
    }
}
