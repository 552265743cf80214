package io.github.camelbitrix24.notify.client.stats;

import java.time.Instant;
import java.util.List;

/**
 * Everything known of one portal's calls at one moment: for the dev console, JMX and metrics.
 *
 * @param portal        the portal's scheme and host
 * @param limiter       the request limits
 * @param batching      the batches
 * @param retries       the retries
 * @param oauth         the OAuth applications calling the portal; empty for webhooks
 * @param health        whether the portal takes calls
 * @param lastCallEnded when the last HTTP call to the portal ended; null before the first
 */
public record PortalFigures(String portal, LimiterFigures limiter, BatchFigures batching, RetryFigures retries,
                             List<OAuthFigures> oauth, PortalHealth health, Instant lastCallEnded) {

    public PortalFigures {
        oauth = List.copyOf(oauth);
    }
}
