package io.github.camelbitrix24.notify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.api.HttpTransport;
import io.github.camelbitrix24.notify.api.oauth.InMemoryTokenStore;
import io.github.camelbitrix24.notify.api.oauth.OAuthAuth;
import io.github.camelbitrix24.notify.api.oauth.OAuthServer;
import io.github.camelbitrix24.notify.api.oauth.OAuthTokens;
import io.github.camelbitrix24.notify.api.oauth.TokenStore;

/**
 * The OAuth applications of one component. Endpoints of the same application, portal and tokens share one
 * {@link OAuthAuth}: a refresh token is accepted only once, so two endpoints renewing the same pair on their own would
 * lock each other out.
 */
final class OAuthSessions {

    /** What makes endpoints one session: the token store, or without one the configured refresh token. */
    private record Key(String portalUrl, String oauthUrl, String clientId, Object tokenSource) {
        @Override
        public String toString() {
            return "OAuth session of " + clientId + " on " + portalUrl;
        }
    }

    private final Map<Key, OAuthAuth> sessions = new ConcurrentHashMap<>();

    /** True when the settings describe an OAuth application rather than a webhook. */
    static boolean isOAuth(Bitrix24NotifyConfiguration settings) {
        return isSet(settings.getPortalUrl()) || isSet(settings.getAccessToken()) || isSet(settings.getRefreshToken())
               || isSet(settings.getClientSecret()) || settings.getTokenStore() != null;
    }

    /**
     * The session of these settings, started on first use.
     *
     * @throws IllegalArgumentException when the settings are incomplete or wrong (never showing a secret)
     */
    OAuthAuth sessionFor(Bitrix24NotifyConfiguration settings, Supplier<HttpTransport> transport, ObjectMapper mapper) {
        Key key = new Key(settings.getPortalUrl(), settings.getOauthUrl(), settings.getClientId(),
                settings.getTokenStore() != null ? settings.getTokenStore() : settings.getRefreshToken());
        return sessions.computeIfAbsent(key, ignored -> start(settings, transport, mapper));
    }

    private static OAuthAuth start(Bitrix24NotifyConfiguration settings, Supplier<HttpTransport> transport,
                                   ObjectMapper mapper) {
        OAuthServer server = new OAuthServer(settings.getOauthUrl(), settings.getClientId(), settings.getClientSecret(),
                transport, mapper, settings.getRequestTimeout());
        TokenStore store = settings.getTokenStore() != null ? settings.getTokenStore() : new InMemoryTokenStore();
        return OAuthAuth.start(settings.getPortalUrl(), server, store, configuredTokens(settings));
    }

    private static OAuthTokens configuredTokens(Bitrix24NotifyConfiguration settings) {
        boolean access = isSet(settings.getAccessToken());
        boolean refresh = isSet(settings.getRefreshToken());
        if (access != refresh) {
            throw new IllegalArgumentException("Set both accessToken and refreshToken of the OAuth application (or neither, "
                                               + "when the tokenStore holds them)");
        }
        return access ? new OAuthTokens(settings.getAccessToken(), settings.getRefreshToken(), null) : null;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
