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

import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.client.config.TokenStore;

/**
 * An OAuth application calling a portal: its address, keys, token pair and where the pair is kept.
 *
 * @param portalUrl    the portal, e.g. https://portal.bitrix24.com
 * @param oauthUrl     the OAuth server's token endpoint, or null for {@link OAuthServer#DEFAULT_URL}
 * @param clientId     the application's client id
 * @param clientSecret the application's secret key
 * @param accessToken  the configured access token, or null when the store holds the pair
 * @param refreshToken the configured refresh token, or null when the store holds the pair
 * @param tokenStore   where the pair is kept, or null to keep it in memory
 */
public record OAuthSettings(String portalUrl, String oauthUrl, String clientId, String clientSecret, String accessToken,
        String refreshToken, TokenStore tokenStore) {

    /** Whether anything of an OAuth application is set, as opposed to a webhook. */
    public boolean isConfigured() {
        return isSet(portalUrl) || isSet(accessToken) || isSet(refreshToken) || isSet(clientSecret) || tokenStore != null;
    }

    /**
     * The configured token pair, or null when none is configured (the store holds it).
     *
     * @throws IllegalArgumentException when only one of the two tokens is set
     */
    OAuthTokens configuredTokens() {
        boolean access = isSet(accessToken);
        boolean refresh = isSet(refreshToken);
        if (access != refresh) {
            throw new IllegalArgumentException(
                    "Set both accessToken and refreshToken of the OAuth application (or neither, "
                                               + "when the tokenStore holds them)");
        }
        return access ? new OAuthTokens(accessToken, refreshToken, null) : null;
    }

    /** Never shows the secrets. */
    @Override
    public String toString() {
        return "OAuth application " + clientId + " on " + portalUrl;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
