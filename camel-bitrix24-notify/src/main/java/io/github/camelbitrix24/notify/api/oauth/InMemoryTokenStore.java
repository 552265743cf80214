package io.github.camelbitrix24.notify.api.oauth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The default store: keeps the pair for the life of the process only. After a restart the configured tokens are used
 * again, and their refresh token may have been rotated away meanwhile; use a {@link FileTokenStore} (or your own
 * store) for anything that restarts.
 */
public final class InMemoryTokenStore implements TokenStore {

    private final AtomicReference<OAuthTokens> tokens = new AtomicReference<>();

    @Override
    public Optional<OAuthTokens> load() {
        return Optional.ofNullable(tokens.get());
    }

    @Override
    public void save(OAuthTokens tokens) {
        this.tokens.set(tokens);
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore";
    }
}
