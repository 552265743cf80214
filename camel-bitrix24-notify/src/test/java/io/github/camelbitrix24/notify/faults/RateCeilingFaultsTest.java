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
package io.github.camelbitrix24.notify.faults;

import io.github.camelbitrix24.notify.sandbox.ResponseLatency;
import io.github.camelbitrix24.notify.support.RateLimitedPortalTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal that counts requests when they arrive and answers late and unevenly, sent to faster than its rate: the
 * client's bucket never lets the portal's overflow, so no 503 comes back (no retries here: one would fail an exchange).
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
