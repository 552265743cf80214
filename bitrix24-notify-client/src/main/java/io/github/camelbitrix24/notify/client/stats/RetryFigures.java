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
