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
 * One portal's figures and health, read when asked: what a {@link PortalListener} is given.
 *
 * @param counters the portal's counters
 */
public record PortalReader(PortalCounters counters) {

    /** The portal's scheme and host. */
    public String portal() {
        return counters.portal();
    }

    public PortalFigures figures() {
        return counters.figures();
    }

    /** Whether the portal takes calls, as its last answers tell. */
    public PortalHealth health() {
        return counters.health();
    }

    /** When its last call ended; null before the first. */
    public Instant lastCallEnded() {
        return counters.lastCallEnded();
    }
}
