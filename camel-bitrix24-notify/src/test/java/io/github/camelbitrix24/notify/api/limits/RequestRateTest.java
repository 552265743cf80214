package io.github.camelbitrix24.notify.api.limits;

import java.util.stream.IntStream;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A route that sends faster than the portal allows is paced by the client's bucket, so the portal never has to
 * refuse a request: no retries are allowed here, any 503 would fail an exchange.
 */
class RequestRateTest extends SandboxTestSupport {

    private static final int SENDS = 120;

    @BeforeEach
    void limitThePortal() {
        sandbox().limits().requestRate(20, 10);
    }

    @AfterEach
    void liftTheLimit() {
        sandbox().limits().unlimitedRequestRate();
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
                from("seda:alerts?concurrentConsumers=50&size=" + SENDS)
                        .to("bitrix24-notify:notify?userId=5")
                        .to("mock:sent");
            }
        };
    }

    @Test
    void noQueryLimitExceededReachesARouteThatSendsFasterThanTheLimit() throws Exception {
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(SENDS);
        sent.setResultWaitTime(60_000);

        IntStream.range(0, SENDS).forEach(i -> template.sendBody("seda:alerts", "Alert " + i));

        sent.assertIsSatisfied();
        assertThat(getMockEndpoint("mock:failed").getReceivedCounter()).isZero();
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
