package io.github.camelbitrix24.notify.client.call;

import java.util.List;

/**
 * A {@code batch} call's answer: each command's outcome, in the order of the commands, and the {@code time} of the
 * batch call itself.
 */
public record BatchAnswer(List<BatchEntry> entries, CallTime time) {
}
