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
package io.github.camelbitrix24.notify.client.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What every {@link PortalDirectory} does, run against each store: in memory, H2, PostgreSQL and Redis (in
 * camel-bitrix24-notify-redis, through the test-jar). A subclass opens directories on one store that the test shares:
 * each {@link #open} is another client of that store (another DataSource, another Redis connection), as another replica
 * would be.
 */
public abstract class PortalDirectoryContract {

    /** Longer than any test: a lease that must not expire while the test looks at it. */
    protected static final Duration LONG_LEASE = Duration.ofMinutes(5);
    /** A lease the test waits out. */
    protected static final Duration SHORT_LEASE = Duration.ofMillis(300);
    /** How long a test waits at most for a short lease to expire, on a loaded machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /**
     * A directory on the store this test uses, emptied before the test; each call is another client of the same store
     * (an in-memory directory, which has no other client, answers the same instance).
     */
    protected abstract PortalDirectory open(Duration renewalLease);

    protected static PortalRecord portal(String memberId) {
        return new PortalRecord(
                memberId, "https://" + memberId + ".bitrix24.com/rest/", memberId + ".bitrix24.com",
                new OAuthTokens(
                        "access-" + memberId + "-s3cr3t", "refresh-" + memberId + "-s3cr3t",
                        Instant.ofEpochSecond(1_780_319_382L)),
                "apptoken-" + memberId + "-s3cr3t", PortalPlan.STANDARD);
    }

    @Test
    void aRegisteredPortalIsFoundAsItWasRegistered() {
        PortalDirectory directory = open(LONG_LEASE);
        PortalRecord portal = portal("a223c6b3710f85df22e9377d6c4f7553");

        directory.register(portal);

        assertThat(directory.find(portal.memberId())).contains(portal);
        assertThat(directory.find("d897063e1ce7c5eb9f04b9751eef5915")).isEmpty();
    }

    @Test
    void registeringAgainReplacesTheWholeRecord() {
        PortalDirectory directory = open(LONG_LEASE);
        directory.register(portal("member-1"));
        PortalRecord reinstalled = new PortalRecord(
                "member-1", "https://renamed.bitrix24.de/rest/", "renamed.bitrix24.de",
                new OAuthTokens("access-2", "refresh-2", null), null, PortalPlan.ENTERPRISE);

        directory.register(reinstalled);

        assertThat(directory.find("member-1")).contains(reinstalled);
    }

    @Test
    void removeForgetsThePortalAndSaysWhetherItWasThere() {
        PortalDirectory directory = open(LONG_LEASE);
        directory.register(portal("member-1"));
        directory.register(portal("member-2"));

        assertThat(directory.remove("member-1")).isTrue();
        assertThat(directory.remove("member-1")).isFalse();

        assertThat(directory.find("member-1")).isEmpty();
        assertThat(directory.find("member-2")).contains(portal("member-2"));
    }

    @Test
    void aMovedPortalKeepsEverythingButItsAddress() {
        PortalDirectory directory = open(LONG_LEASE);
        directory.register(portal("member-1"));

        assertThat(directory.updateAddress("member-1", "https://renamed.bitrix24.com/rest/", "renamed.bitrix24.com"))
                .isTrue();

        assertThat(directory.find("member-1")).contains(
                portal("member-1").withAddress("https://renamed.bitrix24.com/rest/", "renamed.bitrix24.com"));
    }

    @Test
    void movingAPortalThatIsNotInstalledInstallsNothing() {
        PortalDirectory directory = open(LONG_LEASE);

        assertThat(directory.updateAddress("member-1", "https://renamed.bitrix24.com/rest/", "renamed.bitrix24.com"))
                .isFalse();

        assertThat(directory.find("member-1")).isEmpty();
    }

    @Test
    void anAddressThatIsNotAnHttpUrlIsRefusedAndTheOldOneStays() {
        PortalDirectory directory = open(LONG_LEASE);
        directory.register(portal("member-1"));

        assertThatThrownBy(() -> directory.updateAddress("member-1", "ftp://renamed.bitrix24.com/rest/", "renamed"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client_endpoint");

        assertThat(directory.find("member-1")).contains(portal("member-1"));
    }

    @Test
    void theTokensViewLoadsAndSavesThatPortalsPairOnly() {
        PortalDirectory directory = open(LONG_LEASE);
        directory.register(portal("member-1"));
        directory.register(portal("member-2"));
        TokenStore tokens = directory.tokens("member-1");
        OAuthTokens renewed = new OAuthTokens("access-renewed", "refresh-renewed", Instant.ofEpochSecond(1_780_400_000L));

        assertThat(tokens.load()).contains(portal("member-1").tokens());
        tokens.save(renewed);

        assertThat(tokens.load()).contains(renewed);
        assertThat(directory.find("member-1")).contains(portal("member-1").withTokens(renewed));
        assertThat(directory.find("member-2")).contains(portal("member-2"));
        assertThat(directory.tokens("member-3").load()).isEmpty();
    }

    @Test
    void aPairWithoutAnExpiryIsKeptWithout() {
        PortalDirectory directory = open(LONG_LEASE);
        directory.register(portal("member-1"));
        OAuthTokens renewed = new OAuthTokens("access-renewed", "refresh-renewed", null);

        directory.tokens("member-1").save(renewed);

        assertThat(directory.tokens("member-1").load()).contains(renewed);
    }

    @Test
    void aPairSavedForAPortalThatIsNotInstalledFailsShowingNoTokenAndInstallsNothing() {
        PortalDirectory directory = open(LONG_LEASE);
        OAuthTokens renewed = new OAuthTokens("access-after-uninstall", "refresh-after-uninstall", null);

        assertThatThrownBy(() -> directory.tokens("member-1").save(renewed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("member-1").hasMessageNotContaining("access-after-uninstall")
                .hasMessageNotContaining("refresh-after-uninstall");

        assertThat(directory.find("member-1")).isEmpty();
    }

    @Test
    void twoDirectoriesOnTheSameStoreSeeEachOthersWrites() {
        PortalDirectory one = open(LONG_LEASE);
        PortalDirectory other = open(LONG_LEASE);

        one.register(portal("member-1"));
        assertThat(other.find("member-1")).contains(portal("member-1"));

        OAuthTokens renewed = new OAuthTokens("access-renewed", "refresh-renewed", null);
        other.tokens("member-1").save(renewed);
        assertThat(one.tokens("member-1").load()).contains(renewed);

        other.updateAddress("member-1", "https://renamed.bitrix24.com/rest/", "renamed.bitrix24.com");
        assertThat(one.find("member-1")).map(PortalRecord::clientEndpoint).contains("https://renamed.bitrix24.com/rest/");

        one.remove("member-1");
        assertThat(other.find("member-1")).isEmpty();
    }

    @Test
    void theRenewalLockHeldByOneIsRefusedToTheOtherUntilClosed() {
        PortalDirectory one = open(LONG_LEASE);
        PortalDirectory other = open(LONG_LEASE);
        one.register(portal("member-1"));
        one.register(portal("member-2"));

        TokenStore.RenewalLock held = one.tokens("member-1").tryLockRenewal().orElseThrow();
        assertThat(other.tokens("member-1").tryLockRenewal()).as("held by the other client").isEmpty();
        assertThat(one.tokens("member-1").tryLockRenewal()).as("held, even for the same client").isEmpty();
        other.tokens("member-2").tryLockRenewal().orElseThrow().close();

        held.close();
        Optional<TokenStore.RenewalLock> next = other.tokens("member-1").tryLockRenewal();
        assertThat(next).as("free again once closed").isPresent();
        next.get().close();
    }

    @Test
    void aLeaseWhoseHolderNeverClosesItIsTakenAgainOnceExpired() {
        PortalDirectory one = open(SHORT_LEASE);
        PortalDirectory other = open(SHORT_LEASE);
        one.register(portal("member-1"));

        one.tokens("member-1").tryLockRenewal().orElseThrow();
        assertThat(other.tokens("member-1").tryLockRenewal()).isEmpty();

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> other.tokens("member-1").tryLockRenewal().isPresent());
    }

    @Test
    void aHolderClosingItsExpiredLeaseLetsTheNextHoldersLeaseBe() {
        PortalDirectory one = open(SHORT_LEASE);
        // a long lease for the next holder, so that it is still held when the test looks (in memory, one instance: short)
        PortalDirectory other = open(LONG_LEASE);
        one.register(portal("member-1"));
        TokenStore.RenewalLock late = one.tokens("member-1").tryLockRenewal().orElseThrow();
        TokenStore.RenewalLock[] next = new TokenStore.RenewalLock[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> (next[0] = other.tokens("member-1").tryLockRenewal().orElse(null)) != null);

        late.close();

        assertThat(one.tokens("member-1").tryLockRenewal()).as("the next holder's lease, untouched").isEmpty();
        next[0].close();
    }

    @Test
    void aPortalThatIsNotInstalledHasNoPairToGuard() {
        PortalDirectory directory = open(LONG_LEASE);

        Optional<TokenStore.RenewalLock> lock = directory.tokens("member-1").tryLockRenewal();

        assertThat(lock).contains(TokenStore.RenewalLock.NONE);
    }

    @Test
    void viewsOfOnePortalAreOneStoreAndOneSession() {
        PortalDirectory directory = open(LONG_LEASE);

        assertThat(directory.tokens("member-1")).isEqualTo(directory.tokens("member-1"))
                .hasSameHashCodeAs(directory.tokens("member-1")).isNotEqualTo(directory.tokens("member-2"));
    }

    @Test
    void noTokenInAnyText() {
        PortalDirectory directory = open(LONG_LEASE);
        PortalRecord portal = portal("member-1");
        directory.register(portal);

        assertThat(String.join(" ", portal.toString(), directory.toString(), directory.tokens("member-1").toString(),
                directory.find("member-1").orElseThrow().toString()))
                .contains("member-1", "https://member-1.bitrix24.com/rest/").doesNotContain("s3cr3t");
    }
}
