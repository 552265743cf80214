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
/**
 * What an application configures the client with: the portal's plan, where an OAuth application's token pair is kept
 * ({@code TokenStore}, {@code FileTokenStore}, {@code InMemoryTokenStore}), where replicas share each portal's limits
 * ({@code SharedLimitsStore}; {@code Bucket4jLimitsStore} over any Bucket4j store, Bucket4j being optional), the
 * portals an application on many portals is installed on ({@code PortalDirectory} of {@code PortalRecord}s;
 * {@code InMemoryPortalDirectory}, {@code JdbcPortalDirectory}), and the mask every text shows in place of a secret. It
 * depends on no other package of the client.
 */
package io.github.camelbitrix24.notify.client.config;
