package io.github.camelbitrix24.notify.client.oauth;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.HttpTransport;
import io.github.camelbitrix24.notify.client.call.PortalException;

/**
 * The HTTP client renewals go out through, while the clients that own it run. A session outlives a stop of its
 * clients (so that its renewed pair survives a restart), and a renewal may start after that stop: it must neither
 * bring a closed client back nor create one that nobody would close.
 */
public interface RenewalTransport {

    /**
     * The HTTP client to renew with.
     *
     * @throws PortalException {@link ErrorCodes#STOPPED} once the clients have stopped
     */
    HttpTransport get();

    /** Whether the clients have stopped: a renewal still waiting for the token store's lock gives up. */
    boolean stopped();
}
