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

import java.time.Duration;
import java.util.List;

import io.github.camelbitrix24.notify.Bitrix24NotifyConsumer;
import io.github.camelbitrix24.notify.support.CapturedLog;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a failed poll logs: one WARN line that says what to do when the failure is a known refusal of the credentials
 * (its stack trace, which only shows the component's plumbing, at DEBUG), and Camel's report with the stack trace for
 * anything unexpected.
 */
class PollFailureLogTest extends OAuthTestSupport {

    private static final String CONSUMER_LOGGER = Bitrix24NotifyConsumer.class.getName();

    @Test
    void aConsumerWhoseRenewalIsRefusedLogsOneWarnLinePerFailedPollWithTheStackTraceAtDebug() throws Exception {
        // another copy of the application renewed the pair behind the component's back: its refresh token is dead
        useUpRefreshToken(tokens().refreshToken());
        sandbox().oauth().expireAccessTokens();

        try (CapturedLog log = CapturedLog.open()) {
            inbox("bitrix24-notify:get?initialDelay=0&delay=50");
            await().atMost(Duration.ofSeconds(20)).until(() -> pollWarnings(log).size() >= 3);
            context.getRouteController().stopRoute("inbox");

            // every poll sends one im.notify.get, refused as expired; the renewal it asks for fails with invalid_grant
            int failedPolls = sandbox().calls("im.notify.get").size();
            await().atMost(Duration.ofSeconds(10)).until(() -> pollWarnings(log).size() == failedPolls);
            assertThat(pollWarnings(log)).allSatisfy(line -> {
                assertThat(line.text()).contains("im.notify.get").contains("invalid_grant")
                        .contains("Re-authorise the application").contains("tokenStore").contains("next poll")
                        .contains("stack trace at DEBUG");
                assertThat(line.hasStackTrace()).as("a stack trace under the WARN line").isFalse();
            });
            List<CapturedLog.Line> lines = log.lines();
            assertThat(lines).filteredOn(line -> line.level().isMoreSpecificThan(Level.WARN))
                    .noneMatch(CapturedLog.Line::hasStackTrace);
            assertThat(lines).filteredOn(line -> line.level() == Level.DEBUG && line.logger().equals(CONSUMER_LOGGER)
                    && line.hasStackTrace() && line.text().contains("invalid_grant"))
                    .hasSize(failedPolls);
            assertThat(lines).noneMatch(line -> line.text().contains(tokens().refreshToken())
                    || line.stackTrace().contains(tokens().refreshToken())
                    || line.text().contains(CLIENT_SECRET));
        }
        assertThat(sandbox().oauth().refusedRefreshCount()).as("the dead refresh token is sent once").isEqualTo(1);
    }

    @Test
    void anUnexpectedPollFailureKeepsItsStackTraceAtWarn() throws Exception {
        context.getRegistry().bind("brokenState", new MemoryStateRepository() {
            @Override
            public void setState(String key, String value) {
                throw new IllegalStateException("The state store is read-only");
            }
        });
        sandbox().seed(USER_ID).text("waiting").create();

        try (CapturedLog log = CapturedLog.open()) {
            inbox("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=ALL&stateRepository=#brokenState");
            await().atMost(Duration.ofSeconds(20)).until(() -> !pollWarnings(log).isEmpty());
            context.getRouteController().stopRoute("inbox");

            assertThat(pollWarnings(log)).isNotEmpty().allSatisfy(line -> {
                assertThat(line.text()).contains("The state store is read-only");
                assertThat(line.hasStackTrace()).as("the stack trace under the WARN line").isTrue();
            });
        }
    }

    private void inbox(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("inbox").to("mock:inbox");
            }
        });
    }

    private static List<CapturedLog.Line> pollWarnings(CapturedLog log) {
        return log.lines().stream()
                .filter(line -> line.level() == Level.WARN && line.logger().equals(CONSUMER_LOGGER)
                        && line.text().contains("polling"))
                .toList();
    }
}
