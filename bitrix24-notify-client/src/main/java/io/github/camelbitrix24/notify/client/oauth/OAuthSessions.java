/*
 * Copyright The camel-bitrix24-notify maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelbitrix24.notify.client.oauth;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.client.config.FileTokenStore;
import io.github.camelbitrix24.notify.client.config.InMemoryTokenStore;
import io.github.camelbitrix24.notify.client.config.TokenStore;

/**
 * The OAuth applications of one set of clients. A refresh token is accepted only once, so everything that renews one
 * pair must be one {@link OAuthAuth}: the key is where the pair lives, the token store (two stores that are equal, e.g.
 * two {@link FileTokenStore}s on one file, are one), or without a store the configured refresh token of an application
 * on a portal (however the portal's address is spelled). Endpoints that name one pair with another portal, token
 * endpoint or keys are refused.
 * <p>
 * Sessions are counted by their users: a session whose pair is in a configured store goes when its last user
 * {@linkplain #release releases} it (a per-tenant {@code toD} endpoint whose producer Camel stopped), at once or, with
 * an idle time, once it has been idle that long ({@link #dropIdle()}); the next user of that pair starts anew from the
 * store, with the pair last saved there. A session without a store is kept, since it alone holds the renewed pair.
 */
public final class OAuthSessions {

    /** Where one pair lives: a store, or a configured refresh token of an application on a portal. */
    private record Key(Object pairSource, PortalAddress portal, String clientId) {
        @Override
        public String toString() {
            return "OAuth session of " + clientId + " on " + portal;
        }
    }

    /** A session and how many hold it, since when none does; kept at none when it alone holds its pair. */
    private record Entry(OAuthAuth session, int users, boolean keep, long idleSince) {
    }

    private final Map<Key, Entry> sessions = new HashMap<>();
    private final long idleNanos;
    private final LongSupplier nanoClock;

    /** Drops a session with a store with its last user. */
    public OAuthSessions() {
        this(0, System::nanoTime);
    }

    /** @param idleNanos how long a session with a store stays without users; 0 drops it with its last one */
    public OAuthSessions(long idleNanos, LongSupplier nanoClock) {
        this.idleNanos = idleNanos;
        this.nanoClock = nanoClock;
    }

    /**
     * The session of these settings, started on first use, counting one more user: {@link #release} it when done.
     *
     * @param  transport                the HTTP client that renews the tokens, asked at every renewal
     * @throws IllegalArgumentException when the settings are incomplete or wrong, or name a pair that another
     *                                  application or portal uses (never showing a secret)
     */
    public synchronized OAuthAuth acquire(
            OAuthSettings settings, RenewalTransport transport, ObjectMapper mapper,
            long requestTimeout) {
        OAuthServer server = new OAuthServer(
                settings.oauthUrl(), settings.clientId(), settings.clientSecret(), transport,
                mapper, requestTimeout);
        PortalAddress portal = PortalAddress.of(settings.portalUrl());
        TokenStore configuredStore = settings.tokenStore();
        Key key = configuredStore != null
                ? new Key(configuredStore, null, null)
                : new Key(settings.refreshToken(), portal, settings.clientId());
        Entry entry = sessions.get(key);
        if (entry == null) {
            TokenStore store = configuredStore != null ? configuredStore : new InMemoryTokenStore();
            entry = new Entry(
                    OAuthAuth.start(portal, server, store, settings.configuredTokens(), System::nanoTime), 0,
                    configuredStore == null, 0);
        } else if (!entry.session().serves(portal, server)) {
            throw new IllegalArgumentException(
                    (configuredStore != null
                            ? "The tokenStore " + configuredStore
                            : "The configured refreshToken") + " already serves " + entry.session()
                                               + " (with its own oauthUrl, "
                                               + "clientId and clientSecret): one pair belongs to one application on one portal, as its refresh "
                                               + "token is accepted once; give this endpoint its own tokenStore or tokens");
        }
        sessions.put(key, new Entry(entry.session(), entry.users() + 1, entry.keep(), 0));
        return entry.session();
    }

    /**
     * One user of the session less; the last one drops a session whose pair is in a configured store, at once without
     * an idle time, else leaves it idle.
     */
    public synchronized void release(OAuthAuth session) {
        for (Map.Entry<Key, Entry> held : sessions.entrySet()) {
            Entry entry = held.getValue();
            if (entry.session() == session) {
                if (entry.users() <= 1 && !entry.keep() && idleNanos <= 0) {
                    sessions.remove(held.getKey());
                } else {
                    int users = Math.max(0, entry.users() - 1);
                    held.setValue(new Entry(session, users, entry.keep(), users == 0 ? nanoClock.getAsLong() : 0));
                }
                return;
            }
        }
    }

    /** Drops the sessions with a store that no user held for the idle time: their pairs are in their stores. */
    public synchronized int dropIdle() {
        long now = nanoClock.getAsLong();
        int before = sessions.size();
        sessions.values().removeIf(entry -> entry.users() == 0 && !entry.keep() && now - entry.idleSince() >= idleNanos);
        return before - sessions.size();
    }

    /** How many sessions are held: by a user, or for good without a store. */
    public synchronized int size() {
        return (int) sessions.values().stream().filter(entry -> entry.users() > 0 || entry.keep()).count();
    }

    /** How many sessions there are: held, kept for good, or idle and not yet dropped. */
    public synchronized int live() {
        return sessions.size();
    }
}
