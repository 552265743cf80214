package io.github.camelbitrix24.notify.api;

import java.net.URI;
import java.util.Map;

/**
 * How calls reach one portal as one user: where a method is called and which credentials go with it. The client
 * asks it; it never logs or shows its secrets.
 */
public interface PortalAuth {

    /** The URL of a REST method. */
    URI methodUri(String method);

    /** The parameters to send, with the credentials this auth adds to them (none for a webhook). */
    default Map<String, Object> authorize(Map<String, Object> params) {
        return params;
    }

    /** Identifies the portal, so that everything calling it can share its limits; holds no secret. */
    String portalKey();

    /** The text with every secret of this auth masked: for error messages that may quote a URL or a body. */
    String scrub(String text);

    /** A description safe for logs, e.g. the webhook with its code masked. */
    @Override
    String toString();
}
