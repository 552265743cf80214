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
package io.github.camelbitrix24.notify.support;

import java.util.stream.IntStream;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.sandbox.ResponseLatency;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal limited to 20 requests/s with a bucket of 10, the component told the same and allowed no retry (a 503 fails
 * an exchange), and routes that send faster than that: {@code seda:alerts} one call per exchange to user 5,
 * {@code seda:batched} coalesced by 5 to user 6. Failed exchanges go to {@code mock:failed}, sent ones to
 * {@code mock:sent}.
 */
public abstract class RateLimitedPortalTestSupport extends SandboxTestSupport {

    /** How the portal answers: at once, or with {@link ResponseLatency#REALISTIC} latency. */
    protected abstract ResponseLatency latency();

    @BeforeEach
    void limitThePortal() {
        sandbox().limits().requestRate(20, 10);
        if (latency() != null) {
            sandbox().limits().latency(latency());
        }
    }

    @AfterEach
    void liftTheLimit() {
        sandbox().limits().unlimitedRequestRate().noLatency();
    }

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setRequestsPerSecond(20.0);
        component.getConfiguration().setBurst(10);
        component.getConfiguration().setMaxRetries(0);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:failed"));
                from("seda:alerts?concurrentConsumers=60&size=1000")
                        .to("bitrix24-notify:notify?userId=5")
                        .to("mock:sent");
                from("seda:batched?concurrentConsumers=60&size=1000")
                        .to("bitrix24-notify:notify?userId=6&batchSize=5")
                        .to("mock:sent");
            }
        };
    }

    /** Sends n notifications through a route at once and waits until each went through, none failed. */
    protected void sendAll(String uri, int n) throws InterruptedException {
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(n);
        sent.setResultWaitTime(60_000);

        IntStream.range(0, n).forEach(i -> template.sendBody(uri, "Alert " + i));

        sent.assertIsSatisfied();
        assertThat(getMockEndpoint("mock:failed").getReceivedCounter()).isZero();
    }
}
