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
package io.github.camelbitrix24.notify.client.oauth;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitrix24.notify.Bitrix24NotifyConfiguration;
import io.github.camelbitrix24.notify.client.PortalClients;
import io.github.camelbitrix24.notify.client.PortalSettings;
import io.github.camelbitrix24.notify.client.call.BitrixJson;
import io.github.camelbitrix24.notify.client.call.ClientThreads;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.Failures;
import io.github.camelbitrix24.notify.client.call.PortalAuth;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.SandboxTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An OAuth session outlives a stop of the clients (its renewed pair must survive a restart), so a renewal can start
 * after the stop, when an expired call's answer was on its way: it fails with STOPPED instead of opening an HTTP client
 * and a thread pool that nobody would close, and after a restart renewals go out again.
 */
class OAuthStopTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final String CLIENT_ID = "local.stop.app";
    private static final String CLIENT_SECRET = "st0p-s3cr3t";

    private final CountedThreads threads = new CountedThreads();
    private PortalClients clients;
    private PortalSettings settings;

    @BeforeEach
    void configureAnApplication() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.reset();
        sandbox.oauth().registerApp(CLIENT_ID, CLIENT_SECRET);
        SandboxTokens tokens = sandbox.oauth().issueTokens(CLIENT_ID, 1);
        Bitrix24NotifyConfiguration configuration = new Bitrix24NotifyConfiguration();
        configuration.setPortalUrl(sandbox.portalUrl());
        configuration.setOauthUrl(sandbox.oauthUrl());
        configuration.setClientId(CLIENT_ID);
        configuration.setClientSecret(CLIENT_SECRET);
        configuration.setAccessToken(tokens.accessToken());
        configuration.setRefreshToken(tokens.refreshToken());
        settings = configuration.portalSettings(null);
        clients = new PortalClients(threads, BitrixJson.newMapper(), 4);
    }

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    void aRenewalAfterTheStopFailsAsStoppedAndOpensNothing() {
        PortalAuth auth = clients.authFor(settings);
        clients.clientFor(settings);
        int poolsBeforeTheStop = threads.completionPools.get();
        clients.close();

        CompletableFuture<Boolean> renewal = auth.renewAfter(expired(), auth.authorize(Map.of()));

        assertThatThrownBy(renewal::join).isInstanceOf(CompletionException.class)
                .satisfies(failure -> assertThat(Failures.unwrap(failure).getErrorCode()).isEqualTo(ErrorCodes.STOPPED));
        assertThat(threads.completionPools.get()).as("no pool (nor HTTP client) created after the stop")
                .isEqualTo(poolsBeforeTheStop);
        assertThat(PORTAL.sandbox().oauth().refreshRequestCount()).isZero();
    }

    @Test
    void afterARestartTheSameSessionRenewsAgain() {
        PortalAuth auth = clients.authFor(settings);
        clients.clientFor(settings);
        clients.close();
        assertThatThrownBy(() -> auth.renewAfter(expired(), auth.authorize(Map.of())).join())
                .isInstanceOf(CompletionException.class);

        PortalAuth restarted = clients.authFor(settings);
        clients.clientFor(settings);

        assertThat(restarted).isSameAs(auth);
        assertThat(restarted.renewAfter(expired(), restarted.authorize(Map.of())).join()).isTrue();
        assertThat(PORTAL.sandbox().oauth().refreshCount()).isEqualTo(1);
    }

    private static PortalException expired() {
        return PortalException.answered(ErrorCodes.EXPIRED_TOKEN, "The access token provided has expired.", 401, "im.notify");
    }

    /** Plain executors, counted. */
    private static final class CountedThreads implements ClientThreads {

        final AtomicInteger completionPools = new AtomicInteger();

        @Override
        public ExecutorService newCompletionPool(String name) {
            completionPools.incrementAndGet();
            return Executors.newCachedThreadPool();
        }

        @Override
        public ScheduledExecutorService newScheduler(String name) {
            return Executors.newSingleThreadScheduledExecutor();
        }

        @Override
        public void shutdown(ExecutorService pool) {
            pool.shutdown();
        }

        @Override
        public void shutdownNow(ExecutorService pool) {
            pool.shutdownNow();
        }
    }
}
