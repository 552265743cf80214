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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.client.config.FileTokenStore;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.SandboxTokens;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.CapturedLog;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import io.github.camelbitrix24.notify.support.StackTraces;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The fault matrix of the token file: a file that cannot be read, a directory that cannot be written, and another
 * process renewing the same pair, driven through a CamelContext against the sandbox over HTTP.
 */
class TokenFileFaultsTest extends OAuthTestSupport {

    private static final String ACCESS_IN_THE_FILE = "acc3ss-t0k3n-in-the-f1le";
    private static final String REFRESH_IN_THE_FILE = "r3fresh-t0k3n-in-the-f1le";

    @TempDir
    Path directory;

    static Stream<Arguments> corruptFiles() {
        String pair = "{\"access_token\":\"" + ACCESS_IN_THE_FILE + "\",\"refresh_token\":\"" + REFRESH_IN_THE_FILE + "\"}";
        byte[] zeros = new byte[4];
        byte[] text = REFRESH_IN_THE_FILE.getBytes(StandardCharsets.UTF_8);
        byte[] zerosThenText = new byte[zeros.length + text.length];
        System.arraycopy(text, 0, zerosThenText, zeros.length, text.length);
        return Stream.of(
                Arguments.of("cut short", pair.substring(0, pair.length() - 6).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("not JSON", ("access_token=" + ACCESS_IN_THE_FILE + "&refresh_token=" + REFRESH_IN_THE_FILE)
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("no refresh token",
                        ("{\"access_token\":\"" + ACCESS_IN_THE_FILE + "\"}").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("zero bytes before the text", zerosThenText));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptFiles")
    void aCorruptTokenFileIsRefusedAtStartUpWithoutShowingItsContents(String corruption, byte[] contents) throws Exception {
        Path file = Files.write(directory.resolve("bitrix24-tokens.json"), contents);
        component().getConfiguration().setTokenStore(new FileTokenStore(file));

        try (CapturedLog log = CapturedLog.open()) {
            assertThatThrownBy(this::sendingRoute).as(corruption).satisfies(error -> {
                Throwable root = error;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                // the store's own words, naming the file and what to do: no parser message quoting the bytes below it
                assertThat(root.getMessage()).contains(file.toString()).contains("fix or delete it");
                String printed = StackTraces.of(error);
                assertThat(printed).doesNotContain(ACCESS_IN_THE_FILE).doesNotContain(REFRESH_IN_THE_FILE);
            });
            assertThat(log.lines()).noneMatch(line -> line.text().contains(ACCESS_IN_THE_FILE)
                    || line.text().contains(REFRESH_IN_THE_FILE));
        }
        assertThat(context.getRoute("send")).isNull();
        assertThat(sandbox().calls()).isEmpty();
        assertThat(sandbox().oauth().refreshRequestCount()).isZero();
        assertThat(Files.readAllBytes(file)).as("the file is left as it was").isEqualTo(contents);
    }

    @Test
    void anUnwritableTokenDirectoryIsLoggedAndTheCallsGoOnThroughARenewal() throws Exception {
        // a directory that cannot be created whoever runs the test, root included: its parent is a plain file
        Path notADirectory = Files.writeString(directory.resolve("not-a-directory"), "");
        Path file = notADirectory.resolve("bitrix24-tokens.json");
        component().getConfiguration().setTokenStore(new FileTokenStore(file));
        List<Exchange> sent = new ArrayList<>();

        try (CapturedLog log = CapturedLog.open()) {
            sendingRoute();
            sent.add(send("direct:send", "Before the expiry"));
            sandbox().oauth().expireAccessTokens();
            sent.add(send("direct:send", "Renews the pair"));
            sent.add(send("direct:send", "After the renewal"));

            List<CapturedLog.Line> ours = log.lines().stream()
                    .filter(line -> line.logger().startsWith("io.github.camelbitrix24")).toList();
            assertThat(ours).filteredOn(line -> line.level() == Level.ERROR)
                    .anyMatch(line -> line.text().contains(file.toString()) && line.text().contains("renewed"));
            assertThat(log.lines()).noneMatch(line -> line.text().contains(tokens().accessToken())
                    || line.text().contains(tokens().refreshToken())
                    || line.text().contains(CLIENT_SECRET));
        }
        assertThat(sent).allSatisfy(exchange -> assertThat(exchange.getException()).isNull());
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrder("Before the expiry", "Renews the pair", "After the renewal");
        assertThat(sandbox().oauth().refreshCount()).isEqualTo(1);
    }

    /**
     * Someone (the user, another copy of the application) wrote a pair whose access token has expired to the token file
     * before the route started: the session starts with it, and the portal's first expired_token renews it.
     */
    @Test
    void aPairInTheFileWhoseAccessTokenExpiredIsRenewedOnTheFirstSend() throws Exception {
        Path file = directory.resolve("bitrix24-tokens.json");
        SandboxTokens written = sandbox().oauth().issueTokens(CLIENT_ID, USER_ID);
        new FileTokenStore(file).save(new OAuthTokens(written.accessToken(), written.refreshToken(), written.expiresAt()));
        sandbox().oauth().expireAccessTokens();
        component().getConfiguration().setTokenStore(new FileTokenStore(file));
        sendingRoute();

        Exchange sent = send("direct:send", "With the pair from the file");

        assertThat(sent.getException()).isNull();
        assertRenewedOnceAndRepeatedOnce(file, written, "With the pair from the file");
    }

    /**
     * The same while the route runs: the session uses its own pair, then a pair whose access token has expired is
     * written to the file and every access token expires. The refusal of the session's own token takes the file's pair;
     * the refusal of the file's token, one call later, renews it.
     */
    @Test
    void aPairWrittenToTheFileUnderARunningRouteWhoseAccessTokenExpiredIsRenewedOnTheFirstSend() throws Exception {
        Path file = directory.resolve("bitrix24-tokens.json");
        component().getConfiguration().setTokenStore(new FileTokenStore(file));
        sendingRoute();
        assertThat(send("direct:send", "With the configured pair").getException()).isNull();
        SandboxTokens written = sandbox().oauth().issueTokens(CLIENT_ID, USER_ID);
        new FileTokenStore(file).save(new OAuthTokens(written.accessToken(), written.refreshToken(), written.expiresAt()));
        sandbox().oauth().expireAccessTokens();

        Exchange sent = send("direct:send", "With the pair written meanwhile");

        assertThat(sent.getException()).isNull();
        assertThat(sandbox().calls("im.notify")).extracting(RecordedCall::errorCode)
                .as("the first send, then this one with the session's token, the file's, and the renewed one")
                .containsExactly(null, "expired_token", "expired_token", null);
        assertThat(sandbox().oauth().refreshRequestCount()).as("requests to the token endpoint").isEqualTo(1);
        assertThat(sandbox().oauth().refreshCount()).as("renewals granted").isEqualTo(1);
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrder("With the configured pair", "With the pair written meanwhile");
        assertThat(new FileTokenStore(file).load().orElseThrow().refreshToken()).as("the renewed pair, saved")
                .isNotIn(written.refreshToken(), tokens().refreshToken());
    }

    private void assertRenewedOnceAndRepeatedOnce(Path file, SandboxTokens written, String text) {
        assertThat(sandbox().calls("im.notify")).extracting(RecordedCall::errorCode)
                .as("the send refused with the file's token, then repeated once with the renewed one")
                .containsExactly("expired_token", null);
        assertThat(sandbox().oauth().refreshRequestCount()).as("requests to the token endpoint").isEqualTo(1);
        assertThat(sandbox().oauth().refreshCount()).as("renewals granted").isEqualTo(1);
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text).containsExactly(text);
        assertThat(new FileTokenStore(file).load().orElseThrow().refreshToken()).as("the renewed pair, saved")
                .isNotEqualTo(written.refreshToken());
    }

    /**
     * Two processes share one token file: while the other holds the file's renewal lock and renews, the component's
     * renewal waits, then takes the pair the other saved instead of renewing the refresh token it used up. The other
     * process is a second JVM, so that the lock is the operating system's between processes, as in production (a lock
     * taken by this JVM would not test that: Java refuses overlapping locks within one JVM before the OS sees them).
     */
    @Test
    void anotherProcessRenewingTheSharedPairIsWaitedForAndItsPairUsed() throws Exception {
        Path file = directory.resolve("bitrix24-tokens.json");
        component().getConfiguration().setTokenStore(new FileTokenStore(file));
        sendingRoute();
        // a JVM tuned to start fast: it runs a few hundred lines once
        Process other = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                OtherProcessRenewal.class.getName(), file.toString(), sandbox().oauthUrl(), CLIENT_ID, CLIENT_SECRET)
                .redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> locked
                    = CompletableFuture.supplyAsync(() -> lineStartingWith(said, OtherProcessRenewal.LOCKED));
            // bounds for a loaded machine, not expectations: the other JVM usually says it within a second or two
            assertThat(locked.get(30, TimeUnit.SECONDS)).isEqualTo(OtherProcessRenewal.LOCKED);

            sandbox().oauth().expireAccessTokens();
            CompletableFuture<Exchange> sending = template.asyncSend("direct:send",
                    e -> e.getMessage().setBody("While another process renews"));
            await().atMost(Duration.ofSeconds(30)).until(() -> sandbox().calls("im.notify").stream()
                    .anyMatch(call -> "expired_token".equals(call.errorCode())));
            CompletableFuture<String> outcome = CompletableFuture.supplyAsync(() -> lineStartingWith(said, "RE"));
            try (OutputStream input = other.getOutputStream()) {
                input.write('\n');
            }

            assertThat(outcome.get(30, TimeUnit.SECONDS)).isEqualTo(OtherProcessRenewal.RENEWED);
            assertThat(sending.get(30, TimeUnit.SECONDS).getException()).isNull();
        } finally {
            other.destroy();
            other.waitFor(5, TimeUnit.SECONDS);
        }
        assertThat(sandbox().oauth().refreshCount()).as("renewals granted").isEqualTo(1);
        assertThat(sandbox().oauth().refusedRefreshCount()).isZero();
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text)
                .containsExactly("While another process renews");
    }

    private static String lineStartingWith(BufferedReader reader, String prefix) {
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            return "(the other process ended without saying " + prefix + ")";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Bitrix24NotifyComponent component() {
        return context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
    }

    private void sendingRoute() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to("bitrix24-notify:notify?userId=5");
            }
        });
    }
}
