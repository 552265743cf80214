package io.github.camelbitrix24.notify.client.oauth;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.client.config.FileTokenStore;
import io.github.camelbitrix24.notify.client.config.InMemoryTokenStore;
import io.github.camelbitrix24.notify.client.config.TokenStore;

/**
 * The OAuth applications of one set of clients. A refresh token is accepted only once, so everything that renews
 * one pair must be one {@link OAuthAuth}: the key is where the pair lives, the token store (two stores that are equal,
 * e.g. two {@link FileTokenStore}s on one file, are one), or without a store the configured refresh token of an
 * application on a portal (however the portal's address is spelled). Endpoints that name one pair with another
 * portal, token endpoint or keys are refused.
 * <p>
 * A session whose pair is in a configured store lives as long as a client uses it: Camel drops the endpoints it no
 * longer caches (per-tenant {@code toD} endpoints) without stopping them, and their sessions go with them; the next
 * client of that pair starts anew from the store. A session without a store is kept, since it alone holds the
 * renewed pair.
 */
public final class OAuthSessions {

    /** Where one pair lives: a store, or a configured refresh token of an application on a portal. */
    private record Key(Object pairSource, PortalAddress portal, String clientId) {
        @Override
        public String toString() {
            return "OAuth session of " + clientId + " on " + portal;
        }
    }

    /** A session as long as its clients hold it, or for good when it alone holds its pair. */
    private static final class SessionReference extends WeakReference<OAuthAuth> {

        private final Key key;
        @SuppressWarnings("unused") // holds the session when nothing else keeps its pair
        private final OAuthAuth kept;

        SessionReference(Key key, OAuthAuth session, boolean keep, ReferenceQueue<OAuthAuth> unused) {
            super(session, unused);
            this.key = key;
            this.kept = keep ? session : null;
        }
    }

    private final Map<Key, SessionReference> sessions = new HashMap<>();
    private final ReferenceQueue<OAuthAuth> unused = new ReferenceQueue<>();

    /**
     * The session of these settings, started on first use.
     *
     * @param transport the HTTP client that renews the tokens, asked at every renewal
     * @throws IllegalArgumentException when the settings are incomplete or wrong, or name a pair that another
     *                                  application or portal uses (never showing a secret)
     */
    public synchronized OAuthAuth sessionFor(OAuthSettings settings, RenewalTransport transport, ObjectMapper mapper,
                                             long requestTimeout) {
        forgetUnused();
        OAuthServer server = new OAuthServer(settings.oauthUrl(), settings.clientId(), settings.clientSecret(), transport,
                mapper, requestTimeout);
        PortalAddress portal = PortalAddress.of(settings.portalUrl());
        TokenStore configuredStore = settings.tokenStore();
        Key key = configuredStore != null ? new Key(configuredStore, null, null)
                : new Key(settings.refreshToken(), portal, settings.clientId());
        SessionReference reference = sessions.get(key);
        OAuthAuth session = reference != null ? reference.get() : null;
        if (session == null) {
            TokenStore store = configuredStore != null ? configuredStore : new InMemoryTokenStore();
            session = OAuthAuth.start(portal, server, store, settings.configuredTokens(), System::nanoTime);
            sessions.put(key, new SessionReference(key, session, configuredStore == null, unused));
        } else if (!session.serves(portal, server)) {
            throw new IllegalArgumentException((configuredStore != null ? "The tokenStore " + configuredStore
                    : "The configured refreshToken") + " already serves " + session + " (with its own oauthUrl, "
                    + "clientId and clientSecret): one pair belongs to one application on one portal, as its refresh "
                    + "token is accepted once; give this endpoint its own tokenStore or tokens");
        }
        return session;
    }

    private void forgetUnused() {
        for (Reference<? extends OAuthAuth> gone = unused.poll(); gone != null; gone = unused.poll()) {
            SessionReference reference = (SessionReference) gone;
            sessions.remove(reference.key, reference);
        }
    }
}
