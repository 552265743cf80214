package io.github.camelbitrix24.notify.client.stats;

import java.time.Instant;

/**
 * One portal's figures and health, read when asked: what a {@link PortalListener} is given.
 *
 * @param counters the portal's counters
 */
public record PortalReader(PortalCounters counters) {

    /** The portal's scheme and host. */
    public String portal() {
        return counters.portal();
    }

    public PortalFigures figures() {
        return counters.figures();
    }

    /** Whether the portal takes calls, as its last answers tell. */
    public PortalHealth health() {
        return counters.health();
    }

    /** When its last call ended; null before the first. */
    public Instant lastCallEnded() {
        return counters.lastCallEnded();
    }
}
