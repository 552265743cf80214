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

import java.net.URI;
import java.util.Optional;

/**
 * One portal's pair in a {@link PortalDirectory}, as the token store of that portal's OAuth session (what
 * {@link PortalDirectory#tokens} gives, for every directory): it loads, saves and locks through the directory, and
 * moves the portal in the directory when a renewal names a new address. Equal for the same portal of the same
 * directory, so that one session serves every client of the portal.
 *
 * @param directory the portals
 * @param memberId  the portal's {@code member_id}
 */
public record DirectoryTokens(PortalDirectory directory, String memberId) implements TokenStore {

    @Override
    public Optional<OAuthTokens> load() {
        return directory.find(memberId).map(PortalRecord::tokens);
    }

    @Override
    public void save(OAuthTokens tokens) {
        directory.saveTokens(memberId, tokens);
    }

    @Override
    public Optional<RenewalLock> tryLockRenewal() {
        return directory.tryLockRenewal(memberId);
    }

    /** Saves the new address, with the domain it names (the renewal's own {@code domain} is the OAuth server's). */
    @Override
    public void portalMoved(String clientEndpoint) {
        directory.updateAddress(memberId, clientEndpoint, domainOf(clientEndpoint));
    }

    /**
     * The portal's domain as Bitrix24 writes it: the address without scheme and without {@code /rest/}, e.g.
     * {@code portal.bitrix24.com} for {@code https://portal.bitrix24.com/rest/}.
     */
    static String domainOf(String clientEndpoint) {
        URI uri = URI.create(clientEndpoint.trim());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "").replaceAll("/rest$", "");
        return uri.getRawAuthority() + path;
    }

    @Override
    public String toString() {
        return "the pair of portal " + memberId + " in " + directory;
    }
}
