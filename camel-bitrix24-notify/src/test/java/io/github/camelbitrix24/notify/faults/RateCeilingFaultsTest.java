package io.github.camelbitrix24.notify.faults;

import io.github.camelbitrix24.notify.sandbox.ResponseLatency;
import io.github.camelbitrix24.notify.support.RateLimitedPortalTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal that counts requests when they arrive and answers late and unevenly, sent to faster than its rate: the
 * client's bucket never lets the portal's overflow, so no 503 comes back (no retries here: one would fail an
 * exchange).
 */
class RateCeilingFaultsTest extends RateLimitedPortalTestSupport {

    private static final int SENDS = 100;

    @Override
    protected ResponseLatency latency() {
        return ResponseLatency.REALISTIC;
    }

    @Test
    void singleSendsMeetNoQueryLimitExceeded() throws Exception {
        sendAll("seda:alerts", SENDS);

        assertThat(sandbox().answeredErrors("QUERY_LIMIT_EXCEEDED")).isZero();
        assertThat(sandbox().notifications(5)).hasSize(SENDS);
    }

    @Test
    void batchedSendsMeetNoQueryLimitExceeded() throws Exception {
        sendAll("seda:batched", SENDS);

        assertThat(sandbox().answeredErrors("QUERY_LIMIT_EXCEEDED")).isZero();
        assertThat(sandbox().notifications(6)).hasSize(SENDS);
    }
}
