package io.github.camelbitrix24.notify.sandbox.oauth;

import java.time.Duration;
import java.time.Instant;

/**
 * A token pair as the OAuth server issued it.
 *
 * @param owner        the application and user
 * @param accessToken  the access token
 * @param refreshToken the refresh token, usable once
 * @param expiresAt    when the access token expires
 * @param lifetime     how long the access token was issued for
 */
public record IssuedPair(TokenOwner owner, String accessToken, String refreshToken, Instant expiresAt, Duration lifetime) {

    @Override
    public String toString() {
        return "IssuedPair[" + owner + ", expiresAt=" + expiresAt + "]";
    }
}
