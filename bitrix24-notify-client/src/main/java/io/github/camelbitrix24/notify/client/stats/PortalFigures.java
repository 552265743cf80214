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
import java.util.List;

/**
 * Everything known of one portal's calls at one moment: for the dev console, JMX and metrics.
 *
 * @param portal        the portal's scheme and host
 * @param limiter       the request limits
 * @param batching      the batches
 * @param retries       the retries
 * @param oauth         the OAuth applications calling the portal; empty for webhooks
 * @param health        whether the portal takes calls
 * @param lastCallEnded when the last HTTP call to the portal ended; null before the first
 */
public record PortalFigures(String portal, LimiterFigures limiter, BatchFigures batching, RetryFigures retries,
        List<OAuthFigures> oauth, PortalHealth health, Instant lastCallEnded) {

    public PortalFigures {
        oauth = List.copyOf(oauth);
    }
}
