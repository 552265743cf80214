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
import java.net.URISyntaxException;

/**
 * One portal an application is installed on, as a {@link PortalDirectory} keeps it: what the portal sent at install
 * (the installation callback or {@code ONAPPINSTALL}) and what every renewal of its pair brings since. Immutable: a
 * change is a new record ({@link #withTokens}, {@link #withAddress}).
 *
 * @param memberId         the portal's {@code member_id}, which stays when the portal is renamed: the directory's key
 * @param clientEndpoint   the portal's REST address, {@code client_endpoint}, e.g.
 *                         {@code https://portal.bitrix24.com/rest/}: an http(s) URL
 * @param domain           the portal's domain, e.g. {@code portal.bitrix24.com}
 * @param tokens           the portal's OAuth pair
 * @param applicationToken the portal's {@code application_token}, which authenticates its later events; null when not
 *                         known (a portal registered from an authorization-code exchange), and then no event of the
 *                         portal can be accepted
 * @param plan             the portal's plan, whose request rate its calls keep to
 */
public record PortalRecord(String memberId, String clientEndpoint, String domain, OAuthTokens tokens,
        String applicationToken, PortalPlan plan) {

    /**
     * @throws IllegalArgumentException when a field is missing or the address is not an http(s) URL, with a message
     *                                  that never shows a token
     */
    public PortalRecord {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("A portal needs its member_id");
        }
        checkAddress(memberId, clientEndpoint, domain);
        if (tokens == null) {
            throw new IllegalArgumentException("The portal " + memberId + " needs its OAuth pair");
        }
        if (applicationToken != null && applicationToken.isBlank()) {
            applicationToken = null;
        }
        if (plan == null) {
            throw new IllegalArgumentException("The portal " + memberId + " needs its plan");
        }
    }

    /**
     * The checks a record makes of a portal's address, for a directory that moves a portal without reading its record.
     *
     * @throws IllegalArgumentException when the address is not an http(s) URL or the domain is missing
     */
    public static void checkAddress(String memberId, String clientEndpoint, String domain) {
        String problem = "The portal " + memberId + " needs its REST address (client_endpoint), an http(s) URL like "
                         + "https://portal.bitrix24.com/rest/";
        if (clientEndpoint == null || clientEndpoint.isBlank()) {
            throw new IllegalArgumentException(problem);
        }
        try {
            URI uri = new URI(clientEndpoint);
            if (uri.getHost() == null
                    || !"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException(problem);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem);
        }
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("The portal " + memberId + " needs its domain");
        }
    }

    /** The same portal with a new pair, as a renewal saves it. */
    public PortalRecord withTokens(OAuthTokens newTokens) {
        return new PortalRecord(memberId, clientEndpoint, domain, newTokens, applicationToken, plan);
    }

    /** The same portal at a new address, as a renewal answer reports a renamed portal. */
    public PortalRecord withAddress(String newClientEndpoint, String newDomain) {
        return new PortalRecord(memberId, newClientEndpoint, newDomain, tokens, applicationToken, plan);
    }

    /** Never shows the tokens nor the application token. */
    @Override
    public String toString() {
        return "PortalRecord[memberId=" + memberId + ", clientEndpoint=" + clientEndpoint + ", domain=" + domain
               + ", tokens=" + tokens + ", applicationToken=" + (applicationToken == null ? null : Secrets.MASK)
               + ", plan=" + plan + "]";
    }
}
