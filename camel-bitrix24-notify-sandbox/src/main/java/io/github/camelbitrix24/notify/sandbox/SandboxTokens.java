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
package io.github.camelbitrix24.notify.sandbox;

import java.time.Instant;

/**
 * A token pair the sandbox's OAuth server issued: configure a client with it as an OAuth application.
 *
 * @param clientId     the application's client id
 * @param userId       the user the calls act as
 * @param accessToken  the access token, accepted by {@code /rest/{method}} in {@code auth} until it expires
 * @param refreshToken the refresh token, accepted once by the token endpoint
 * @param expiresAt    when the access token expires
 */
public record SandboxTokens(String clientId, long userId, String accessToken, String refreshToken, Instant expiresAt) {

    /** Never shows the tokens. */
    @Override
    public String toString() {
        return "SandboxTokens[clientId=" + clientId + ", userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
