package io.github.camelbitrix24.notify.client.stats;

/**
 * Hears of the portals a client is in use for: one appears when the first client of it is asked for, and goes when
 * the last one is released. Health checks and meters follow them; the listener is told on the thread that asked for or
 * released the client, so it does little.
 */
public interface PortalListener {

    /** A portal is in use: here are its figures and health, read when asked. */
    void portalAppeared(PortalReader portal);

    /** No client of the portal is in use any more. */
    void portalGone(String portal);
}
