package io.github.camelbitrix24.notify.api.oauth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.api.HttpTransport;

/**
 * The OAuth applications of one set of clients. Clients of the same application, portal and tokens share one
 * {@link OAuthAuth}: a refresh token is accepted only once, so two clients renewing the same pair on their own would
 * lock each other out.
 */
public final class OAuthSessions {

    /** What makes clients one session: the token store, or without one the configured refresh token. */
    private record Key(String portalUrl, String oauthUrl, String clientId, Object tokenSource) {
        @Override
        public String toString() {
            return "OAuth session of " + clientId + " on " + portalUrl;
        }
    }

    private final Map<Key, OAuthAuth> sessions = new ConcurrentHashMap<>();

    /**
     * The session of these settings, started on first use.
     *
     * @param transport the HTTP client that renews the tokens, asked at every renewal
     * @throws IllegalArgumentException when the settings are incomplete or wrong (never showing a secret)
     */
    public OAuthAuth sessionFor(OAuthSettings settings, Supplier<HttpTransport> transport, ObjectMapper mapper,
                                long requestTimeout) {
        Key key = new Key(settings.portalUrl(), settings.oauthUrl(), settings.clientId(),
                settings.tokenStore() != null ? settings.tokenStore() : settings.refreshToken());
        return sessions.computeIfAbsent(key, ignored -> start(settings, transport, mapper, requestTimeout));
    }

    private static OAuthAuth start(OAuthSettings settings, Supplier<HttpTransport> transport, ObjectMapper mapper,
                                   long requestTimeout) {
        OAuthServer server = new OAuthServer(settings.oauthUrl(), settings.clientId(), settings.clientSecret(), transport,
                mapper, requestTimeout);
        TokenStore store = settings.tokenStore() != null ? settings.tokenStore() : new InMemoryTokenStore();
        return OAuthAuth.start(settings.portalUrl(), server, store, settings.configuredTokens());
    }
}
