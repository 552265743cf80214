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
package io.github.camelbitrix24.notify.client.stats;

import java.time.Instant;

/**
 * An OAuth application's tokens, without a secret.
 *
 * @param application          the application's client id
 * @param accessTokenExpiresAt when the access token in use expires
 * @param lastRenewal          when the access token was last renewed; null before the first renewal
 * @param renewals             renewals that succeeded
 * @param renewalsRefused      renewals that failed
 * @param lastRefusal          the error code and message of the last failed renewal; null when none failed
 */
public record OAuthFigures(String application, Instant accessTokenExpiresAt, Instant lastRenewal, long renewals,
        long renewalsRefused, String lastRefusal) {
}
