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
 * Whether a portal takes calls, as its last answers tell.
 *
 * @param up        false when the credentials are refused, the portal cannot be reached, or its operating limit pauses
 *                  the sends
 * @param errorCode why it is down; null when up
 * @param message   what the portal or the client said, without secrets; null when up
 * @param since     when this state began (for an operating-limit pause, when the refusal that began it came back; after
 *                  one, when it ended); null before the first call
 */
public record PortalHealth(boolean up, String errorCode, String message, Instant since) {

    /** No call has ended yet: nothing tells against the portal. */
    public static final PortalHealth UNKNOWN = new PortalHealth(true, null, null, null);

    static PortalHealth up(Instant since) {
        return new PortalHealth(true, null, null, since);
    }

    static PortalHealth down(String errorCode, String message, Instant since) {
        return new PortalHealth(false, errorCode, message, since);
    }
}
