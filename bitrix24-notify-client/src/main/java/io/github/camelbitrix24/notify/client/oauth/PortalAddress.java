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

import java.net.URI;
import java.net.URISyntaxException;

import io.github.camelbitrix24.notify.client.call.UrlPolicy;

/**
 * A portal's address in one spelling, whatever the configuration wrote: scheme and host in lower case, no default port,
 * no trailing {@code /} nor {@code /rest}. {@code https://Portal.bitrix24.com/}, {@code https://portal.bitrix24.com}
 * and {@code https://portal.bitrix24.com:443/rest/} are one portal, so endpoints that spell it differently share one
 * OAuth session instead of renewing the same refresh token twice.
 *
 * @param base      the address methods are called under, {@code {base}/rest/{method}}
 * @param portalKey the scheme, host and port, and the path of a portal served under one: what shares the portal's
 *                  request limit
 */
record PortalAddress(String base, String portalKey) {

    /**
     * @throws IllegalArgumentException when the URL is not a portal's address, or plain http to a host that is not this
     *                                  machine; the message never quotes more than the scheme and host
     */
    static PortalAddress of(String portalUrl) {
        if (portalUrl == null || portalUrl.isBlank()) {
            throw new IllegalArgumentException(
                    "portalUrl is not set: give the portal's address, e.g. https://portal.bitrix24.com");
        }
        URI uri;
        try {
            uri = new URI(portalUrl.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "portalUrl is not a valid URL; give the portal's address, e.g. "
                                               + "https://portal.bitrix24.com");
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme());
        if (uri.getHost() == null || !http && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null || uri.getRawPath().matches(".*/rest/.+")) {
            // the value is not quoted: a webhook URL put here by mistake holds a secret
            throw new IllegalArgumentException(
                    "portalUrl must be the portal's address, e.g. https://portal.bitrix24.com, "
                                               + "not a webhook or a method URL");
        }
        String origin = UrlPolicy.origin(uri);
        if (!UrlPolicy.allowsSecrets(uri)) {
            throw new IllegalArgumentException(
                    "portalUrl must use https:// (plain http:// is accepted for loopback hosts "
                                               + "only): " + origin);
        }
        String path = uri.getRawPath().replaceAll("/+$", "").replaceAll("/rest$", "");
        return new PortalAddress(origin + path, origin + path);
    }

    @Override
    public String toString() {
        return base;
    }
}
