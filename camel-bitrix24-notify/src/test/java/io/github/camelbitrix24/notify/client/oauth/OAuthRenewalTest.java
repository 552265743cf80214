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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An OAuth application's access token expires: the component renews the pair once, whoever hits the expiry, and repeats
 * the refused calls, so that no exchange fails and no notification is lost or doubled.
 */
class OAuthRenewalTest extends OAuthTestSupport {

    private static final int EXCHANGES = 50;

    @Test
    void callsWithAValidTokenNeverRenewIt() {
        Exchange exchange = send("bitrix24-notify:notify?userId=5", "Hello");

        assertThat(exchange.getException()).isNull();
        assertThat(onlyCall("im.notify").userId()).isEqualTo(USER_ID);
        assertThat(sandbox().oauth().refreshCount()).isZero();
    }

    @Test
    void expiryInTheMiddleOfConcurrentSendsRenewsOnceAndLosesNothing() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:notify?concurrentConsumers=10").to("bitrix24-notify:notify?userId=5");
            }
        });
        // every answer takes a while, so that the expiry falls in the middle of the stream
        sandbox().faults().delayNext("im.notify", EXCHANGES, Duration.ofMillis(40));
        List<Future<Object>> replies = new ArrayList<>();
        for (int i = 0; i < EXCHANGES; i++) {
            replies.add(template.asyncRequestBody("seda:notify", "Message " + i));
        }

        await().pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(20))
                .until(() -> sandbox().notifications(5).size() >= 10);
        sandbox().oauth().expireAccessTokens();

        List<Throwable> failures = new ArrayList<>();
        for (Future<Object> reply : replies) {
            try {
                reply.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException failed) {
                failures.add(failed.getCause());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(sandbox().oauth().refreshCount()).isEqualTo(1);
        assertThat(sandbox().oauth().refusedRefreshCount()).isZero();
        List<RecordedCall> expired = sandbox().calls("im.notify").stream()
                .filter(call -> "expired_token".equals(call.errorCode())).toList();
        assertThat(expired).as("calls that hit the expiry").isNotEmpty();
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, EXCHANGES).mapToObj(i -> "Message " + i).toList());
    }

    @Test
    void callsRefusedTogetherWaitForTheSameRenewal() {
        sandbox().oauth().expireAccessTokens();

        List<CompletableFuture<Exchange>> exchanges = IntStream.range(0, 20)
                .mapToObj(i -> template.asyncSend("bitrix24-notify:notify?userId=5", e -> e.getMessage().setBody("Now " + i)))
                .toList();
        List<Exchange> done = exchanges.stream().map(CompletableFuture::join).toList();

        assertThat(done).allSatisfy(exchange -> assertThat(exchange.getException()).isNull());
        assertThat(sandbox().oauth().refreshCount()).isEqualTo(1);
        assertThat(sandbox().notifications(5)).hasSize(20);
    }

    @Test
    void aListBodyThroughBatchAfterTheExpiryRenewsAndSucceeds() {
        sandbox().oauth().expireAccessTokens();
        List<String> messages = IntStream.range(0, 60).mapToObj(i -> "Batched " + i).toList();

        Exchange exchange = send("bitrix24-notify:notify?userId=6", messages);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(List.class)).hasSize(60).doesNotContainNull();
        assertThat(exchange.getMessage().getHeader(Bitrix24NotifyConstants.BATCH_ERRORS, List.class)).isEmpty();
        assertThat(sandbox().oauth().refreshCount()).isEqualTo(1);
        // the two chunks of 50 go out together: each meets the expired token, both wait for the one renewal
        assertThat(sandbox().calls("batch")).filteredOn(RecordedCall::succeeded).hasSize(2);
        assertThat(sandbox().calls("batch")).filteredOn(call -> !call.succeeded())
                .isNotEmpty().allMatch(call -> "expired_token".equals(call.errorCode()));
        assertThat(sandbox().notifications(6)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrderElementsOf(messages);
    }

    @Test
    void aRefusedRenewalFailsTheCallClearlyAndIsNotRetriedAgainstTheOAuthServer() {
        useUpRefreshToken(tokens().refreshToken());
        sandbox().oauth().expireAccessTokens();

        Exchange first = send("bitrix24-notify:notify?userId=5", "Lost grant");
        Exchange second = send("bitrix24-notify:notify?userId=5", "Still lost");

        for (Exchange failed : List.of(first, second)) {
            assertThat(failed.getException()).isInstanceOfSatisfying(Bitrix24NotifyException.class, error -> {
                assertThat(error.getErrorCode()).isEqualTo("invalid_grant");
                assertThat(error.getMethod()).isEqualTo("im.notify");
                assertThat(error.getHttpStatus()).isEqualTo(400);
                assertThat(error.getMessage()).contains("Re-authorise the application")
                        .doesNotContain(tokens().refreshToken()).doesNotContain(tokens().accessToken())
                        .doesNotContain(CLIENT_SECRET);
            });
        }
        // one renewal asked (refused); the second call fails on what the server said, without asking again
        assertThat(sandbox().oauth().refusedRefreshCount()).isEqualTo(1);
        assertThat(sandbox().notifications(5)).isEmpty();
    }

    @Test
    void portalErrorsOtherThanAStaleTokenAreNotRenewals() {
        sandbox().faults().failNext("im.notify", 401, "INVALID_CREDENTIALS", "Invalid request credentials");

        Exchange exchange = send("bitrix24-notify:notify?userId=5", "Hello");

        assertThat(exchange.getException()).isInstanceOfSatisfying(Bitrix24NotifyException.class,
                error -> assertThat(error.getErrorCode()).isEqualTo("INVALID_CREDENTIALS"));
        assertThat(sandbox().oauth().refreshCount()).isZero();
        assertThat(sandbox().calls("im.notify")).hasSize(1);
    }

    @Test
    void aRenewedTokenThatIsRefusedAgainFailsInsteadOfLooping() {
        sandbox().oauth().expireAccessTokens();
        // the repeated call is refused as well: the component gives up after one repeat
        sandbox().faults().failNext("im.notify", 401, "expired_token", "The access token provided has expired.");

        Exchange exchange = send("bitrix24-notify:notify?userId=5", "Hello");

        assertThat(exchange.getException()).isInstanceOfSatisfying(Bitrix24NotifyException.class,
                error -> assertThat(error.getErrorCode()).isEqualTo("expired_token"));
        assertThat(sandbox().oauth().refreshCount()).isEqualTo(1);
        assertThat(sandbox().calls("im.notify")).hasSize(2);
    }
}
