package io.github.camelbitrix24.notify.client.stats;

import java.time.Instant;

/**
 * An OAuth application's tokens, without a secret.
 *
 * @param application          the application's client id
 * @param accessTokenExpiresAt when the access token in use expires
 * @param lastRenewal          when the access token was last renewed; null before the first renewal
 * @param renewals             renewals that succeeded
 * @param renewalsRefused      renewals that failed
 * @param lastRefusal          the error code and message of the last failed renewal; null when none failed
 */
public record OAuthFigures(String application, Instant accessTokenExpiresAt, Instant lastRenewal, long renewals,
                           long renewalsRefused, String lastRefusal) {
}
