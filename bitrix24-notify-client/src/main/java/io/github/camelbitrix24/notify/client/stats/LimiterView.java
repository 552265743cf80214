package io.github.camelbitrix24.notify.client.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** What a portal's limits hold right now: read when someone looks, never kept. */
public interface LimiterView {

    /** The portal's drain rate; 0 when the client keeps no request-rate limit. */
    double requestsPerSecond();

    /** The portal's bucket size. */
    int burst();

    /** The requests the client counts in the portal's bucket now: those arrived (drained to now) and those in flight. */
    double bucketLevel();

    /** Requests sent whose answer has not come back. */
    int requestsInFlight();

    /** Requests waiting for their place in the request rate. */
    int requestsWaiting();

    /** How long the oldest waiting request has waited; zero when none waits. */
    Duration oldestWait();

    /** The methods the portal's operating limit pauses now, and until when. */
    Map<String, Instant> pausedUntil();

    /** Each method's last pause by the operating limit, going on or over; none for a method never paused. */
    Map<String, OperatingPause> lastPauses();

    /** Each method's execution time in the portal's current ten minutes, as last reported. */
    Map<String, Double> operatingSeconds();
}
