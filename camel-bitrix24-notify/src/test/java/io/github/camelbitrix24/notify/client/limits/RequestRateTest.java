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
package io.github.camelbitrix24.notify.client.limits;

import io.github.camelbitrix24.notify.sandbox.ResponseLatency;
import io.github.camelbitrix24.notify.support.RateLimitedPortalTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A route that sends faster than the portal allows is paced by the client's bucket, so the portal never has to refuse a
 * request: no retries are allowed here, any 503 would fail an exchange.
 */
class RequestRateTest extends RateLimitedPortalTestSupport {

    private static final int SENDS = 120;

    @Override
    protected ResponseLatency latency() {
        return null;
    }

    @Test
    void noQueryLimitExceededReachesARouteThatSendsFasterThanTheLimit() throws Exception {
        sendAll("seda:alerts", SENDS);

        assertThat(sandbox().answeredErrors("QUERY_LIMIT_EXCEEDED")).isZero();
        assertThat(sandbox().calls("im.notify")).hasSize(SENDS);
        assertThat(sandbox().notifications(5)).hasSize(SENDS);
    }

    @Test
    void endpointsOfOnePortalCannotAskForDifferentLimits() {
        template.requestBody("bitrix24-notify:notify?userId=5", "first");

        assertThatThrownBy(() -> template.requestBody("bitrix24-notify:notify?userId=5&requestsPerSecond=50", "second"))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("set plan, requestsPerSecond and burst on the component");
    }
}
