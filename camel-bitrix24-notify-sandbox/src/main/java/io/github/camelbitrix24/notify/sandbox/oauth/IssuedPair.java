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
package io.github.camelbitrix24.notify.sandbox.oauth;

import java.time.Duration;
import java.time.Instant;

/**
 * A token pair as the OAuth server issued it.
 *
 * @param owner        the application and user
 * @param accessToken  the access token
 * @param refreshToken the refresh token, usable once
 * @param expiresAt    when the access token expires
 * @param lifetime     how long the access token was issued for
 */
public record IssuedPair(TokenOwner owner, String accessToken, String refreshToken, Instant expiresAt, Duration lifetime) {

    @Override
    public String toString() {
        return "IssuedPair[" + owner + ", expiresAt=" + expiresAt + "]";
    }
}
