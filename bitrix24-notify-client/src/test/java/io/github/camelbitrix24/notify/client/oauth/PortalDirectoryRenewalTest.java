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

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.client.call.BitrixJson;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.HttpTransport;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.call.TransportSettings;
import io.github.camelbitrix24.notify.client.config.JdbcPortalDirectory;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.client.config.PortalRecord;
import io.github.camelbitrix24.notify.client.config.TokenStore;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.SandboxTokens;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of an application on many portals, each with its own OAuth sessions and its own
 * {@link JdbcPortalDirectory} on one database (H2 here), renew a portal's pair against the sandbox's OAuth server:
 * once, not once each, as the portal's lease in its row lets one renew and the other take the renewed pair.
 */
class PortalDirectoryRenewalTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final String CLIENT_ID = "app.directory.renewal";
    private static final String CLIENT_SECRET = "d1r3ct0ry-s3cr3t";
    private static final String MEMBER_ID = "a223c6b3710f85df22e9377d6c4f7553";

    private final String database = "jdbc:h2:mem:renewal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private HttpTransport transport;
    private SandboxTokens issued;
    private JdbcPortalDirectory directoryOfA;
    private JdbcPortalDirectory directoryOfB;

    @BeforeEach
    void installThePortal() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.reset();
        sandbox.oauth().registerApp(CLIENT_ID, CLIENT_SECRET);
        issued = sandbox.oauth().issueTokens(CLIENT_ID, 1);
        transport = new HttpTransport(new TransportSettings(null, null, 0, 5_000), 4, ForkJoinPool.commonPool());
        directoryOfA = new JdbcPortalDirectory(dataSource());
        directoryOfB = new JdbcPortalDirectory(dataSource());
        directoryOfA.register(new PortalRecord(
                MEMBER_ID, sandbox.portalUrl() + "/rest/", URI.create(sandbox.portalUrl()).getHost(),
                new OAuthTokens(issued.accessToken(), issued.refreshToken(), issued.expiresAt()), "app-token",
                PortalPlan.STANDARD));
    }

    @AfterEach
    void closeTheTransport() {
        transport.close();
    }

    @Test
    void twoReplicasRenewingAnExpiredPairAtOnceRenewItOnce() {
        OAuthAuth replicaA = new OAuthSessions().acquire(settings(directoryOfA), renewals(), BitrixJson.newMapper(), 5_000);
        OAuthAuth replicaB = new OAuthSessions().acquire(settings(directoryOfB), renewals(), BitrixJson.newMapper(), 5_000);
        PORTAL.sandbox().oauth().expireAccessTokens();

        CompletableFuture<Boolean> renewedByA = replicaA.renewAfter(expired(), replicaA.authorize(Map.of()));
        CompletableFuture<Boolean> renewedByB = replicaB.renewAfter(expired(), replicaB.authorize(Map.of()));

        assertThat(renewedByA.join()).isTrue();
        assertThat(renewedByB.join()).isTrue();
        assertThat(PORTAL.sandbox().oauth().refreshCount()).as("renewals granted").isEqualTo(1);
        assertThat(PORTAL.sandbox().oauth().refusedRefreshCount()).isZero();
        String renewed = directoryOfA.find(MEMBER_ID).orElseThrow().tokens().accessToken();
        assertThat(renewed).isNotEqualTo(issued.accessToken());
        assertThat(replicaA.authorize(Map.of())).containsEntry("auth", renewed);
        assertThat(replicaB.authorize(Map.of())).containsEntry("auth", renewed);
    }

    /** The other replica holds the portal's lease while it renews: this one waits, then takes its pair. */
    @Test
    void aReplicaWaitsForTheOtherOnesLeaseAndTakesThePairItRenewed() throws Exception {
        OAuthAuth replicaA = new OAuthSessions().acquire(settings(directoryOfA), renewals(), BitrixJson.newMapper(), 5_000);
        TokenStore.RenewalLock heldByB = directoryOfB.tokens(MEMBER_ID).tryLockRenewal().orElseThrow();
        PORTAL.sandbox().oauth().expireAccessTokens();

        CompletableFuture<Boolean> renewedByA = replicaA.renewAfter(expired(), replicaA.authorize(Map.of()));
        assertThat(renewedByA).as("waiting for B's lease").isNotDone();
        OAuthTokens renewedByB = new OAuthServer(
                PORTAL.sandbox().oauthUrl(), CLIENT_ID, CLIENT_SECRET, renewals(),
                BitrixJson.newMapper(), 5_000).refresh(issued.refreshToken()).join();
        directoryOfB.tokens(MEMBER_ID).save(renewedByB);
        heldByB.close();

        assertThat(renewedByA.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(replicaA.authorize(Map.of())).containsEntry("auth", renewedByB.accessToken());
        assertThat(PORTAL.sandbox().oauth().refreshCount()).as("renewals granted: B's").isEqualTo(1);
        assertThat(PORTAL.sandbox().oauth().refusedRefreshCount()).isZero();
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(database);
        return dataSource;
    }

    private static OAuthSettings settings(JdbcPortalDirectory directory) {
        return new OAuthSettings(
                PORTAL.sandbox().portalUrl(), PORTAL.sandbox().oauthUrl(), CLIENT_ID, CLIENT_SECRET, null, null,
                directory.tokens(MEMBER_ID));
    }

    private RenewalTransport renewals() {
        return new RenewalTransport() {
            @Override
            public HttpTransport get() {
                return transport;
            }

            @Override
            public boolean stopped() {
                return false;
            }
        };
    }

    private static PortalException expired() {
        return PortalException.answered(ErrorCodes.EXPIRED_TOKEN, "The access token provided has expired.", 401, "im.notify");
    }
}
