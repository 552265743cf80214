package io.github.camelbitrix24.notify.client.stats;

import java.time.Instant;

/**
 * A method's pause by the portal's operating limit, going on or over.
 *
 * @param began when the portal's refusal that started it came back (a refusal during the pause only lengthens it)
 * @param until when the method may run again
 */
public record OperatingPause(Instant began, Instant until) {
}
