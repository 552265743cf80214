package io.github.camelbitrix24.notify.api.oauth;

import java.util.Optional;

/**
 * Keeps the token pair of an OAuth application. Bitrix24 replaces the refresh token on every renewal and accepts a
 * refresh token only once, so the pair in use must outlive the process: a route restarted with the refresh token it
 * was configured with weeks ago would be refused ({@code invalid_grant}).
 * <p>
 * When the endpoint starts, a pair found here wins over the configured {@code accessToken} and {@code refreshToken};
 * with none, the configured pair is saved here. Every renewal saves the new pair. Implementations are called from
 * several threads, though never with two saves at once for one application.
 */
public interface TokenStore {

    /** The pair saved last, or empty when there is none yet. */
    Optional<OAuthTokens> load();

    /** Replaces the saved pair. */
    void save(OAuthTokens tokens);
}
