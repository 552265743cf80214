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
package io.github.camelbitrix24.notify.examples.springboot;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator sees of the application's traffic against the sandbox: the figures of the bitrix24-notify dev
 * console and the Micrometer meters at the actuator match what the portal received, and the producer health check of
 * the portal is UP. The report the example prints, once, says the same.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "example.alerts.period=100",
        "example.inbox.poll-period=100",
        "camel.main.duration-max-seconds=0" })
@ExtendWith(OutputCaptureExtension.class)
class ActuatorFiguresTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @Autowired
    private TestRestTemplate actuator;

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private FiguresReport report;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        registry.add("BITRIX24_WEBHOOK_URL", () -> PORTAL.sandbox().webhookUrl());
    }

    @BeforeAll
    static void seedTheInbox() {
        PORTAL.sandbox().seed(1).fromUser(7).text("Please review the Q3 budget").create();
    }

    @Test
    void theActuatorShowsWhatTheComponentDid(CapturedOutput output) throws Exception {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        String portal = sandbox.portalUrl();
        // the three alerts sent, and the inbox route delivered them after the colleague's note and marked them read
        await().untilAsserted(() -> assertThat(alerts(sandbox)).hasSize(3).allMatch(StoredNotification::read));
        int notifications = sandbox.notifications(1).size();
        await().untilAsserted(() -> assertThat(consoleJson().at("/consumers/0/delivered").asLong()).isEqualTo(notifications));

        JsonNode console = consoleJson();
        assertThat(console.at("/portals/0/portal").asText()).isEqualTo(portal);
        assertThat(console.at("/portals/0/health/state").asText()).isEqualTo("UP");
        assertThat(console.at("/consumers/0/routeId").asText()).isEqualTo(NotificationReactions.ROUTE_ID);
        assertThat(console.at("/consumers/0/lastPollOutcome").asText()).isEqualTo("OK");

        JsonNode camelHealth = actuator.getForObject("/actuator/health", JsonNode.class).at("/components/camelHealth/details");
        assertThat(camelHealth.path("producer:bitrix24-notify:" + portal).asText()).isEqualTo("UP");
        assertThat(camelHealth.path("consumer:" + NotificationReactions.ROUTE_ID).asText()).isEqualTo("UP");

        // no more traffic: the alerts are sent, and the inbox stops polling (its figures and meters stay)
        camelContext.getRouteController().suspendRoute(NotificationReactions.ROUTE_ID);
        long lastId = sandbox.notifications(1).stream().mapToLong(StoredNotification::id).max().orElseThrow();
        // the meters read a snapshot at most half a second old, and a poll may still have been under way
        await().untilAsserted(() -> {
            assertThat(meter("requests.sent")).isEqualTo(sandbox.httpRequestCount());
            assertThat(meter("batches.sent")).isEqualTo(sandbox.calls("batch").size());
        });
        assertThat(meter("consumer.delivered")).isEqualTo(notifications);
        assertThat(meter("consumer.last.delivered.id")).isEqualTo(lastId);
        assertThat(meter("consumer.read.marks.pending")).isZero();

        // the example printed its report once the inbox had delivered as many notifications as it sends alerts, once
        await().until(() -> output.getOut().contains("Health checks ("));
        assertThat(output.getOut().split("Dev console " + FiguresReport.CONSOLE, -1)).hasSize(2);
        assertThat(report.report()).contains(
                "Portal: " + portal + "\n    Health: UP",
                "Consumer: " + NotificationReactions.ROUTE_ID,
                "Delivered: " + notifications + "\n",
                "camel.bitrix24.notify.requests.sent = " + sandbox.httpRequestCount() + "\n",
                "camel.bitrix24.notify.consumer.delivered = " + notifications + "\n",
                "producer:bitrix24-notify:" + portal + ": UP\n");
    }

    private JsonNode consoleJson() {
        return actuator.getForObject("/actuator/camel/" + FiguresReport.CONSOLE, JsonNode.class).path(FiguresReport.CONSOLE);
    }

    /** The meter's one measurement, as the actuator's metrics endpoint reports it. */
    private long meter(String name) {
        JsonNode meter = actuator.getForObject("/actuator/metrics/camel.bitrix24.notify." + name, JsonNode.class);
        double value = meter.at("/measurements/0/value").asDouble(Double.NaN);
        assertThat(value).as(name).isEqualTo(Math.rint(value));
        return (long) value;
    }

    private static List<StoredNotification> alerts(Bitrix24Sandbox sandbox) {
        return sandbox.notifications(1).stream().filter(n -> n.text().startsWith("Build #")).toList();
    }
}
