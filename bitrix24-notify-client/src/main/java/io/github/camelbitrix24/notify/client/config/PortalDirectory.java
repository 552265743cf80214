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

import java.time.Duration;
import java.util.Optional;

/**
 * The portals an application is installed on, each keyed by its {@code member_id}: its REST address, domain, OAuth
 * pair, {@code application_token} and plan ({@link PortalRecord}). An application on many portals keeps them here
 * instead of one endpoint and one {@link TokenStore} per portal: {@link InMemoryPortalDirectory} for tests and
 * one-portal setups, {@link JdbcPortalDirectory} in a database table, {@code RedisPortalDirectory} (in
 * camel-bitrix24-notify-redis) in Redis.
 * <p>
 * Each portal's pair is renewed through {@link #tokens(String)}, a {@link TokenStore} over that portal's entry: the
 * OAuth session renews it as it renews any store's pair, and its {@link TokenStore#tryLockRenewal() renewal lock} is a
 * lease in the shared store, so that replicas sharing the directory renew one portal's pair once, not once each. A
 * lease whose holder died is free again once it expires: the {@code renewalLease} each implementation is given, longer
 * than a renewal can take (its {@code requestTimeout}), {@link #DEFAULT_RENEWAL_LEASE} by default.
 * <p>
 * Implementations are safe for concurrent use, by threads and by replicas sharing the store, and never put a token in a
 * message or {@code toString}. A store that cannot be reached fails the call with an {@link IllegalStateException} (or
 * the store client's own unchecked exception); when that is the renewal lock, the OAuth session renews without it and
 * logs it, as with any {@link TokenStore}.
 */
public interface PortalDirectory {

    /**
     * How long a renewal lock is held at most when its holder never lets it go (its process died): longer than a
     * renewal with the component's default {@code requestTimeout} of 60 s can take.
     */
    Duration DEFAULT_RENEWAL_LEASE = Duration.ofSeconds(90);

    /** The portal with this {@code member_id}, or empty when it is not installed. */
    Optional<PortalRecord> find(String memberId);

    /**
     * Registers a portal, replacing whatever was kept under its {@code member_id}: an installation (the installation
     * callback or {@code ONAPPINSTALL}) or a re-installation brings the whole record. A renewal lock held on the portal
     * stays held.
     */
    void register(PortalRecord portal);

    /**
     * Moves a portal to a new address, as the answer of a renewal reports when the portal was renamed; the rest of its
     * record stays.
     *
     * @param  clientEndpoint           the portal's new REST address ({@code client_endpoint})
     * @param  domain                   the portal's new domain
     * @return                          whether the portal is installed (false: nothing changed)
     * @throws IllegalArgumentException when the address is not an http(s) URL or the domain is missing
     */
    boolean updateAddress(String memberId, String clientEndpoint, String domain);

    /**
     * Removes a portal, as {@code ONAPPUNINSTALL} asks: its pair is gone, and a renewal of it saves nowhere.
     *
     * @return whether it was installed
     */
    boolean remove(String memberId);

    /**
     * Replaces an installed portal's pair, as a renewal does.
     *
     * @throws IllegalStateException when the portal is not installed (uninstalled meanwhile): a renewal does not
     *                               install it again
     */
    void saveTokens(String memberId, OAuthTokens tokens);

    /**
     * Takes the portal's renewal lease, never waiting, so that one replica alone renews its pair; a portal that is not
     * installed has no pair to guard, and its lock holds nothing.
     *
     * @return the lease, to close once the renewed pair is saved; empty while another holder's lease runs
     */
    Optional<TokenStore.RenewalLock> tryLockRenewal(String memberId);

    /**
     * The portal's pair as a {@link TokenStore}, for the OAuth session that renews it: {@link TokenStore#load()} reads
     * the portal's pair (empty when it is not installed), {@link TokenStore#save} is {@link #saveTokens},
     * {@link TokenStore#tryLockRenewal()} is {@link #tryLockRenewal(String)}, and a renewal naming a new address moves
     * the portal ({@link #updateAddress}).
     * <p>
     * Views of the same portal on the same store are {@link Object#equals equal}, so that one OAuth session serves
     * them.
     */
    default TokenStore tokens(String memberId) {
        return new DirectoryTokens(this, memberId);
    }
}
