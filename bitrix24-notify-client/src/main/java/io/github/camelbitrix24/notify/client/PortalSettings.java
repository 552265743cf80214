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
package io.github.camelbitrix24.notify.client;

import io.github.camelbitrix24.notify.client.oauth.OAuthSettings;

/**
 * Everything a client of one portal needs: how it authenticates (an incoming webhook or an OAuth application), how it
 * connects, and the policies it runs under.
 *
 * @param webhookUrl     the incoming webhook, or null for an OAuth application
 * @param oauth          the OAuth application, {@link OAuthSettings#isConfigured() unconfigured} for a webhook
 * @param tls            the TLS context, or null for the JVM's default
 * @param proxyHost      the HTTP proxy host, or null
 * @param proxyPort      the HTTP proxy port
 * @param connectTimeout connect timeout in milliseconds
 * @param requestTimeout how long to wait for an answer, in milliseconds
 * @param policies       the limits, retries and batching
 */
public record PortalSettings(String webhookUrl, OAuthSettings oauth, TlsSource tls, String proxyHost, int proxyPort,
        long connectTimeout, long requestTimeout, PolicySettings policies) {

    /** Whether these settings name an incoming webhook. */
    public boolean isWebhook() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }
}
