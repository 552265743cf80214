package io.github.camelbitrix24.notify.client.stats;

import java.time.Instant;
import java.util.Set;

/**
 * One portal's figures and health, read when asked: what a {@link PortalListener} is given.
 *
 * @param counters    the portal's counters
 * @param sendMethods the methods that send notifications: the portal is down while the operating limit pauses them
 */
public record PortalReader(PortalCounters counters, Set<String> sendMethods) {

    public PortalReader {
        sendMethods = Set.copyOf(sendMethods);
    }

    /** The portal's scheme and host. */
    public String portal() {
        return counters.portal();
    }

    public PortalFigures figures() {
        return counters.figures(sendMethods);
    }

    /** Whether the portal takes calls, as its last answers tell. */
    public PortalHealth health() {
        return counters.health(sendMethods);
    }

    /** When its last call ended; null before the first. */
    public Instant lastCallEnded() {
        return counters.lastCallEnded();
    }
}
