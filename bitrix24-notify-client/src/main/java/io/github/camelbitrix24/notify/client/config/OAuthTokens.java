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

import java.time.Instant;

/**
 * The token pair of an OAuth application: the access token sent with every call, the refresh token that renews it (and
 * is itself replaced on every renewal), and when the access token expires.
 *
 * @param accessToken  the access token ({@code access_token}, {@code AUTH_ID}), valid about an hour
 * @param refreshToken the refresh token ({@code refresh_token}, {@code REFRESH_ID}), valid 180 days, single use
 * @param expiresAt    when the access token expires, or null when unknown; for information only: the component renews
 *                     on the portal's {@code expired_token}, never ahead of it
 */
public record OAuthTokens(String accessToken, String refreshToken, Instant expiresAt) {

    public OAuthTokens {
        if (accessToken == null || accessToken.isBlank() || refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("An OAuth token pair needs both an access token and a refresh token");
        }
    }

    /** Never shows the tokens. */
    @Override
    public String toString() {
        return "OAuthTokens[accessToken=" + Secrets.MASK + ", refreshToken=" + Secrets.MASK + ", expiresAt=" + expiresAt + "]";
    }
}
