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
package io.github.camelbitrix24.notify.docs.examples;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConfiguration;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.SandboxTokens;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The reference's samples of the sandbox's OAuth server, faults and limits, each run as the reference shows it. */
class SandboxFeaturesTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void startCamel() {
        PORTAL.sandbox().reset();
        context = new DefaultCamelContext();
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    @Test
    void anOAuthApplicationRenewsItsExpiredTokenOnce() {
        // tag::sandbox-oauth[]
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        SandboxTokens tokens = sandbox.oauth().registerApp("local.my.app", "app-secret").issueTokens("local.my.app", 1);

        Bitrix24NotifyConfiguration portal = new Bitrix24NotifyConfiguration();
        portal.setPortalUrl(sandbox.portalUrl());
        portal.setOauthUrl(sandbox.oauthUrl());
        portal.setClientId("local.my.app");
        portal.setClientSecret("app-secret");
        portal.setAccessToken(tokens.accessToken());
        portal.setRefreshToken(tokens.refreshToken());
        context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).setConfiguration(portal);

        sandbox.oauth().expireAccessTokens();                      // the next call gets 401 expired_token
        template.requestBody("bitrix24-notify:notify?userId=5", "Deploy finished");
        assertThat(sandbox.oauth().refreshCount()).isEqualTo(1);    // renewed once, and the call went through
        // end::sandbox-oauth[]
        assertThat(sandbox.notifications(5)).hasSize(1);
    }

    @Test
    void renewalsFailAsTheFaultsSayAndTheCallsGoThroughOnceTheServerRecovers() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        SandboxTokens tokens = sandbox.oauth().registerApp("local.my.app", "app-secret").issueTokens("local.my.app", 1);
        Bitrix24NotifyConfiguration portal = new Bitrix24NotifyConfiguration();
        portal.setPortalUrl(sandbox.portalUrl());
        portal.setOauthUrl(sandbox.oauthUrl());
        portal.setClientId("local.my.app");
        portal.setClientSecret("app-secret");
        portal.setAccessToken(tokens.accessToken());
        portal.setRefreshToken(tokens.refreshToken());
        context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).setConfiguration(portal);
        sandbox.oauth().expireAccessTokens();

        // tag::sandbox-renewal-faults[]
        sandbox.oauth().failNextRenewalsAtTheProxy(1, 429);       // the next renewal gets a proxy's HTML 429 page
        sandbox.oauth().failNextRenewals(1, 503, "temporarily_unavailable", "Down for maintenance");   // then a 503
        // end::sandbox-renewal-faults[]

        assertThatThrownBy(() -> template.requestBody("bitrix24-notify:notify?userId=5", "Deploy finished"))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(Bitrix24NotifyException.class);
        // the component asks the OAuth server again 1 s, then 2 s after the failures: a later call goes through
        await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            try {
                template.requestBody("bitrix24-notify:notify?userId=5", "Deploy finished");
            } catch (CamelExecutionException stillFailing) {
                throw new AssertionError(stillFailing);
            }
        });
        assertThat(sandbox.oauth().refreshRequestCount()).isEqualTo(3);
        assertThat(sandbox.oauth().refreshCount()).isEqualTo(1);
    }

    @Test
    void theLimitsAndFaultsOfThePortal() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).getConfiguration()
                .setWebhookUrl(sandbox.webhookUrl());
        try {
            // tag::sandbox-limits[]
            sandbox.limits().requestRate(2, 50);                       // 503 QUERY_LIMIT_EXCEEDED beyond the bucket
            sandbox.limits().operatingLimit(Duration.ofSeconds(1))     // 429 OPERATION_TIME_LIMIT per caller and method
                    .operatingCostPerCall(Duration.ofMillis(600))      // each call counts 0.6 s, so the third is blocked
                    .operatingResetDelay(Duration.ofSeconds(3));       // ... until its time stops counting, 3 s later
            sandbox.faults().dropNext("im.notify", 1);                 // runs the call, then drops the connection
            sandbox.answeredErrors("QUERY_LIMIT_EXCEEDED");            // how many calls the portal refused so far
            // end::sandbox-limits[]

            assertThatThrownBy(() -> template.requestBody("bitrix24-notify:notify?userId=5", "dropped"))
                    .cause().isInstanceOfSatisfying(Bitrix24NotifyException.class,
                            e -> assertThat(e.isOutcomeUnknown()).isTrue());
            assertThat(sandbox.notifications(5)).as("run before the connection dropped").hasSize(1);

            template.requestBody("bitrix24-notify:notify?userId=5", "second");
            template.requestBody("bitrix24-notify:notify?userId=5", "third");   // blocked, paused, then repeated

            assertThat(sandbox.notifications(5)).hasSize(3);
            assertThat(sandbox.answeredErrors("OPERATION_TIME_LIMIT")).isEqualTo(1);
            assertThat(sandbox.answeredErrors("QUERY_LIMIT_EXCEEDED")).isZero();
        } finally {
            sandbox.limits().unlimitedRequestRate().unlimitedOperatingTime();
        }
    }
}
