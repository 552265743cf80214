package io.github.camelbitrix24.notify.sandbox;

import java.time.Instant;

/**
 * A token pair the sandbox's OAuth server issued: configure a client with it as an OAuth application.
 *
 * @param clientId     the application's client id
 * @param userId       the user the calls act as
 * @param accessToken  the access token, accepted by {@code /rest/{method}} in {@code auth} until it expires
 * @param refreshToken the refresh token, accepted once by the token endpoint
 * @param expiresAt    when the access token expires
 */
public record SandboxTokens(String clientId, long userId, String accessToken, String refreshToken, Instant expiresAt) {

    /** Never shows the tokens. */
    @Override
    public String toString() {
        return "SandboxTokens[clientId=" + clientId + ", userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
