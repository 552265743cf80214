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

/**
 * What a renewal brings: the new pair, and the portal's REST address as the OAuth server knows it now
 * ({@code client_endpoint}), which changes when the portal is renamed.
 *
 * @param tokens         the new pair
 * @param clientEndpoint the portal's REST address, e.g. {@code https://portal.bitrix24.com/rest/}; null when the answer
 *                       has none
 */
record RenewedPair(OAuthTokens tokens, String clientEndpoint) {
}
