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

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the retries of a portal's calls did.
 *
 * @param retries        calls repeated, by why (a batch command counts as a call)
 * @param outcomeUnknown calls failed as of unknown outcome: the portal may have run them, repeating was not safe
 */
public record RetryFigures(Map<RetryCause, Long> retries, long outcomeUnknown) {

    /** The causes in their declared order, so that the console lists them alike from one look to the next. */
    public RetryFigures {
        EnumMap<RetryCause, Long> ordered = new EnumMap<>(RetryCause.class);
        ordered.putAll(retries);
        retries = Collections.unmodifiableMap(ordered);
    }

    /** Calls repeated for this cause. */
    public long retried(RetryCause cause) {
        return retries.getOrDefault(cause, 0L);
    }
}
