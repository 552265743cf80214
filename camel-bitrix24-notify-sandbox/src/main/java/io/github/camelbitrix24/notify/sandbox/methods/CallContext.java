package io.github.camelbitrix24.notify.sandbox.methods;

/**
 * What a method knows about its call: who calls (the webhook's user) and with which parameters.
 */
public record CallContext(long userId, MethodParams params) {
}
