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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.github.camelbitrix24.notify.client.call.BitrixJson;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.Failures;
import io.github.camelbitrix24.notify.client.call.HttpTransport;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.call.TransportSettings;
import io.github.camelbitrix24.notify.client.config.InMemoryTokenStore;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
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
 * What a failed renewal holds against the calls after it, on a clock the test moves: a failure that may pass (a 429, a
 * 5xx, a proxy's page) holds for a back-off of 1 s, then 2, 4, ... so that a storm of expired calls asks the OAuth
 * server once per back-off; a refusal for good holds until the pair changes.
 */
class OAuthRenewalFailuresTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final String CLIENT_ID = "local.backoff.app";
    private static final String CLIENT_SECRET = "b4ck0ff-s3cr3t";

    private final AtomicLong now = new AtomicLong();
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private HttpTransport transport;
    private SandboxTokens issued;
    private OAuthAuth auth;

    @BeforeEach
    void startASession() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.reset();
        sandbox.oauth().registerApp(CLIENT_ID, CLIENT_SECRET);
        issued = sandbox.oauth().issueTokens(CLIENT_ID, 1);
        transport = new HttpTransport(new TransportSettings(null, null, 0, 5_000), 4, ForkJoinPool.commonPool());
        RenewalTransport renewals = new RenewalTransport() {
            @Override
            public HttpTransport get() {
                return transport;
            }

            @Override
            public boolean stopped() {
                return false;
            }
        };
        OAuthServer server = new OAuthServer(
                sandbox.oauthUrl(), CLIENT_ID, CLIENT_SECRET, renewals, BitrixJson.newMapper(),
                5_000);
        auth = OAuthAuth.start(PortalAddress.of(sandbox.portalUrl()), server, store,
                new OAuthTokens(issued.accessToken(), issued.refreshToken(), null), now::get);
    }

    @AfterEach
    void closeTheTransport() {
        transport.close();
    }

    @Test
    void aStormOfExpiredCallsAsksTheFailingServerOncePerBackOffThenRenews() {
        PORTAL.sandbox().oauth().failNextRenewalsAtTheProxy(2, 429);

        assertThat(failureOfRenewal().getHttpStatus()).isEqualTo(429);
        List<PortalException> storm = IntStream.range(0, 20).mapToObj(i -> failureOfRenewal()).toList();
        assertThat(storm).allSatisfy(failure -> {
            assertThat(failure.getHttpStatus()).isEqualTo(429);
            assertThat(failure.getMessage()).contains("asked again in 1 s at the earliest");
        });
        assertThat(tokenEndpointRequests()).as("the storm asked nothing").isEqualTo(1);

        advance(Duration.ofSeconds(1));
        assertThat(failureOfRenewal().getHttpStatus()).as("asked again, still failing").isEqualTo(429);
        assertThat(tokenEndpointRequests()).isEqualTo(2);
        advance(Duration.ofMillis(1_999));
        assertThat(failureOfRenewal().getMessage()).as("the second wait is two seconds").contains("asked again in 1 s");
        assertThat(tokenEndpointRequests()).isEqualTo(2);

        advance(Duration.ofMillis(1));
        renew();
        assertThat(tokenEndpointRequests()).isEqualTo(3);
        assertThat(PORTAL.sandbox().oauth().refreshCount()).isEqualTo(1);
        assertThat(store.load().orElseThrow().refreshToken()).isNotEqualTo(issued.refreshToken());
    }

    @Test
    void theBackOffDoublesUpToAMinuteAndASuccessStartsItAgain() {
        PORTAL.sandbox().oauth().failNextRenewals(8, 503, "temporarily_unavailable", "Down for maintenance");
        failureOfRenewal();

        List<Long> waits = IntStream.range(0, 7).mapToObj(i -> secondsUntilTheServerIsAskedAgain()).toList();
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);
        assertThat(tokenEndpointRequests()).isEqualTo(8);

        advance(Duration.ofMinutes(1));
        renew();
        PORTAL.sandbox().oauth().failNextRenewals(1, 503, "temporarily_unavailable", "Down for maintenance");
        failureOfRenewal();
        assertThat(secondsUntilTheServerIsAskedAgain()).as("after a success, the first wait again").isEqualTo(1L);
        assertThat(PORTAL.sandbox().oauth().refreshCount()).isEqualTo(2);
    }

    /** Moves the clock a second at a time, an expired call each time, until one of them asks the server. */
    private long secondsUntilTheServerIsAskedAgain() {
        int asked = tokenEndpointRequests();
        long waited = 0;
        while (tokenEndpointRequests() == asked && waited < 120) {
            advance(Duration.ofSeconds(1));
            waited++;
            auth.renewAfter(expired(), auth.authorize(Map.of())).handle((renewed, failure) -> null).join();
        }
        return waited;
    }

    @Test
    void aRefusalForGoodHoldsUntilANewPairIsInTheStore() {
        PORTAL.sandbox().oauth().failNextRenewals(1, 400, "invalid_grant", "Invalid refresh token");

        assertThat(failureOfRenewal().getErrorCode()).isEqualTo("invalid_grant");
        advance(Duration.ofHours(1));
        assertThat(failureOfRenewal().getErrorCode()).as("an hour later, still not asked").isEqualTo("invalid_grant");
        assertThat(tokenEndpointRequests()).isEqualTo(1);

        SandboxTokens reauthorised = PORTAL.sandbox().oauth().issueTokens(CLIENT_ID, 1);
        store.save(new OAuthTokens(reauthorised.accessToken(), reauthorised.refreshToken(), null));
        renew();

        assertThat(auth.authorize(Map.of())).containsEntry("auth", reauthorised.accessToken());
        assertThat(tokenEndpointRequests()).as("the new pair is used as it is").isEqualTo(1);
    }

    @Test
    void aCodeTheServerMightChangeItsMindOnIsAskedAgain() {
        PORTAL.sandbox().oauth().failNextRenewals(1, 400, "PAYMENT_REQUIRED", "Payment required");

        assertThat(failureOfRenewal().getErrorCode()).isEqualTo("PAYMENT_REQUIRED");
        advance(Duration.ofSeconds(1));
        renew();

        assertThat(tokenEndpointRequests()).isEqualTo(2);
    }

    @Test
    void callsHoldingATokenRenewedMeanwhileGoAgainWithoutAsking() {
        String stale = issued.accessToken();
        renew();

        assertThat(auth.renewAfter(expired(), Map.of("auth", stale)).join()).isTrue();
        assertThat(tokenEndpointRequests()).isEqualTo(1);
    }

    private void renew() {
        assertThat(auth.renewAfter(expired(), auth.authorize(Map.of())).join()).isTrue();
    }

    private PortalException failureOfRenewal() {
        CompletableFuture<Boolean> renewal = auth.renewAfter(expired(), auth.authorize(Map.of()));
        assertThatThrownBy(renewal::join).isInstanceOf(CompletionException.class);
        return Failures.unwrap(renewal.handle((renewed, failure) -> failure).join());
    }

    private static PortalException expired() {
        return PortalException.answered(ErrorCodes.EXPIRED_TOKEN, "The access token provided has expired.", 401, "im.notify");
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    private static int tokenEndpointRequests() {
        return PORTAL.sandbox().oauth().refreshRequestCount();
    }
}
