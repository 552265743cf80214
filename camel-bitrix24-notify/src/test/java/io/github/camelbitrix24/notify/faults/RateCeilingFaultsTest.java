package io.github.camelbitrix24.notify.faults;

import java.util.stream.IntStream;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.sandbox.ResponseLatency;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal that counts requests when they arrive and answers late and unevenly, sent to faster than its rate: the
 * client's bucket never lets the portal's overflow, so no 503 comes back (no retries here: one would fail an
 * exchange).
 */
class RateCeilingFaultsTest extends SandboxTestSupport {

    private static final int SENDS = 100;

    @BeforeEach
    void aSlowLimitedPortal() {
        sandbox().limits().requestRate(20, 10).latency(ResponseLatency.REALISTIC);
    }

    @AfterEach
    void anInstantUnlimitedPortal() {
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
                from("seda:alerts?concurrentConsumers=60&size=" + SENDS)
                        .to("bitrix24-notify:notify?userId=5")
                        .to("mock:sent");
                from("seda:batched?concurrentConsumers=60&size=" + SENDS)
                        .to("bitrix24-notify:notify?userId=6&batchSize=5")
                        .to("mock:sent");
            }
        };
    }

    @Test
    void singleSendsMeetNoQueryLimitExceeded() throws Exception {
        sendAll("seda:alerts");

        assertThat(sandbox().answeredErrors("QUERY_LIMIT_EXCEEDED")).isZero();
        assertThat(sandbox().notifications(5)).hasSize(SENDS);
    }

    @Test
    void batchedSendsMeetNoQueryLimitExceeded() throws Exception {
        sendAll("seda:batched");

        assertThat(sandbox().answeredErrors("QUERY_LIMIT_EXCEEDED")).isZero();
        assertThat(sandbox().notifications(6)).hasSize(SENDS);
    }

    private void sendAll(String uri) throws InterruptedException {
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(SENDS);
        sent.setResultWaitTime(60_000);

        IntStream.range(0, SENDS).forEach(i -> template.sendBody(uri, "Alert " + i));

        sent.assertIsSatisfied();
        assertThat(getMockEndpoint("mock:failed").getReceivedCounter()).isZero();
    }
}
