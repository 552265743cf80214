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
package io.github.camelbitrix24.notify.client.config;

import java.util.Optional;

/**
 * Keeps the token pair of an OAuth application. Bitrix24 replaces the refresh token on every renewal and accepts a
 * refresh token only once, so the pair in use must outlive the process: a route restarted with the refresh token it was
 * configured with weeks ago would be refused ({@code invalid_grant}).
 * <p>
 * When the endpoint starts, a pair found here wins over the configured {@code accessToken} and {@code refreshToken};
 * with none, the configured pair is saved here. Every renewal saves the new pair. Before renewing, the session reads
 * the store again: a pair there that it did not put (an operator's new pair after re-authorising the application, or
 * the renewal of another process sharing the store) is taken instead of renewing. Implementations are called from
 * several threads, though never with two saves at once for one application.
 * <p>
 * Stores are sessions' keys: two stores that are {@link Object#equals equal} are one session, so a store kept somewhere
 * shared (a file, a database row) should be equal to every other instance on the same place.
 */
public interface TokenStore {

    /** The pair saved last, or empty when there is none yet. */
    Optional<OAuthTokens> load();

    /** Replaces the saved pair. */
    void save(OAuthTokens tokens);

    /**
     * Takes the store for one renewal, so that nothing else sharing it (another process on the same file, another
     * CamelContext) renews the same pair meanwhile: the session reads the store again once it holds the lock, and takes
     * a pair saved there meanwhile instead of renewing a refresh token already used up. Never waits: empty while
     * someone else holds it, and the session asks again shortly.
     * <p>
     * The default takes nothing, for a store that one session alone uses; implement it when several processes share the
     * store.
     *
     * @return                              the lock, to close once the renewed pair is saved; empty while someone else
     *                                      holds it
     * @throws java.io.UncheckedIOException when the store cannot be locked at all (the session then renews without the
     *                                      lock, and logs it)
     */
    default Optional<RenewalLock> tryLockRenewal() {
        return Optional.of(RenewalLock.NONE);
    }

    /**
     * The OAuth server answered a renewal of this pair with a new REST address of its portal ({@code client_endpoint}):
     * the portal was renamed. The session calls the new address from now on; a store that also keeps the portal's
     * address (a {@link PortalDirectory}'s) saves it. The default keeps nothing.
     *
     * @param clientEndpoint the portal's new REST address, e.g. {@code https://new-name.bitrix24.com/rest/}
     */
    default void portalMoved(String clientEndpoint) {
    }

    /** A store held for a renewal; closing it lets the next one in. */
    interface RenewalLock extends AutoCloseable {

        /** Holds nothing: for stores that one session alone uses. */
        RenewalLock NONE = () -> {
        };

        @Override
        void close();
    }
}
