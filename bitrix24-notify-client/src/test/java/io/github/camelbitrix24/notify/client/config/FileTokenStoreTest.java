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

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The file store: owner-only JSON, replaced atomically, readable back by a restarted process. */
class FileTokenStoreTest {

    @TempDir
    Path directory;

    private Path file() {
        return directory.resolve("tokens.json");
    }

    @Test
    void holdsNothingBeforeTheFirstSave() {
        assertThat(new FileTokenStore(file()).load()).isEmpty();
    }

    @Test
    void anotherInstanceReadsWhatWasSaved() {
        OAuthTokens saved = new OAuthTokens("access-1", "refresh-1", Instant.ofEpochSecond(1_780_319_382));
        new FileTokenStore(file()).save(saved);

        assertThat(new FileTokenStore(file().toString()).load()).contains(saved);
    }

    @Test
    void readsTheOAuthServersAnswerAsItIs() throws Exception {
        Files.writeString(file(), """
                {"access_token":"ydtj8pho532wydb5ixk78ol7uqlb7sch","client_endpoint":"https://portal.bitrix24.com/rest/",
                 "domain":"oauth.bitrix.info","expires":1780319382,"expires_in":3600,"member_id":"a223c6b3",
                 "refresh_token":"3s6lr4kr3cv2od4v853gvrchb875bwxb","scope":"im","status":"L","user_id":67}
                """);

        assertThat(new FileTokenStore(file()).load()).contains(new OAuthTokens(
                "ydtj8pho532wydb5ixk78ol7uqlb7sch",
                "3s6lr4kr3cv2od4v853gvrchb875bwxb", Instant.ofEpochSecond(1_780_319_382)));
    }

    @Test
    void theFileIsReadableByItsOwnerOnlyEvenWhenItWasNot() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Files.writeString(file(), "{}");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        new FileTokenStore(file()).save(new OAuthTokens("access", "refresh", null));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void createsMissingDirectoriesAndLeavesNoTemporaryFiles() throws Exception {
        Path nested = directory.resolve("a/b/tokens.json");
        FileTokenStore store = new FileTokenStore(nested);

        for (int i = 0; i < 5; i++) {
            store.save(new OAuthTokens("access-" + i, "refresh-" + i, null));
        }

        try (Stream<Path> files = Files.list(nested.getParent())) {
            assertThat(files).containsExactly(nested);
        }
        assertThat(store.load().orElseThrow().refreshToken()).isEqualTo("refresh-4");
    }

    @Test
    void aReaderNeverSeesAHalfWrittenFile() throws Exception {
        FileTokenStore writer = new FileTokenStore(file());
        FileTokenStore reader = new FileTokenStore(file());
        writer.save(new OAuthTokens("access-0", "refresh-0", null));
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Throwable> readFailures = new ArrayList<>();
        Thread readerThread = new Thread(() -> {
            while (writing.get()) {
                try {
                    reader.load().orElseThrow();
                } catch (RuntimeException e) {
                    readFailures.add(e);
                }
            }
        });
        readerThread.start();

        for (int i = 1; i <= 300; i++) {
            writer.save(new OAuthTokens("access-" + i, "refresh-" + i + "x".repeat(i), null));
        }
        writing.set(false);
        readerThread.join();

        assertThat(readFailures).isEmpty();
        assertThat(reader.load().orElseThrow().accessToken()).isEqualTo("access-300");
    }

    @Test
    void aMalformedFileIsRefusedWithoutQuotingIt() throws Exception {
        Files.writeString(file(), "access_token=s3cr3t-t0k3n");

        assertThatThrownBy(() -> new FileTokenStore(file()).load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file().toString())
                .satisfies(error -> assertThat(error.toString()).doesNotContain("s3cr3t-t0k3n"))
                .hasNoCause();
    }

    @Test
    void twoInstancesOnOneFileAreEqualHoweverItsPathIsSpelled() throws Exception {
        Path real = Files.createDirectories(directory.resolve("state"));
        Path link = Files.createSymbolicLink(directory.resolve("link"), real);

        FileTokenStore store = new FileTokenStore(real.resolve("tokens.json"));

        assertThat(List.of(new FileTokenStore(real.resolve("tokens.json").toString()),
                new FileTokenStore(link.resolve("tokens.json")), new FileTokenStore(real.resolve("x/../tokens.json")),
                new FileTokenStore(directory.resolve("link/./tokens.json"))))
                .allSatisfy(other -> assertThat(other).isEqualTo(store).hasSameHashCodeAs(store));
        assertThat(new FileTokenStore(real.resolve("other.json"))).isNotEqualTo(store);
    }

    @Test
    void oneRenewalLockAtATimeInThisProcessAndItIsFreeAgainOnceClosed() {
        FileTokenStore store = new FileTokenStore(file());
        FileTokenStore sameFile = new FileTokenStore(file().toString());

        TokenStore.RenewalLock held = store.tryLockRenewal().orElseThrow();
        assertThat(sameFile.tryLockRenewal()).isEmpty();
        assertThat(store.tryLockRenewal()).isEmpty();
        held.close();

        sameFile.tryLockRenewal().orElseThrow().close();
        assertThat(store.lockFile()).exists().hasFileName("tokens.json.lock");
    }

    @Test
    void aFileWithBlankTokensIsRefusedLikeAnyMalformedOne() throws Exception {
        Files.writeString(file(), "{\"access_token\":\"\",\"refresh_token\":\"s3cr3t-t0k3n\"}");

        assertThatThrownBy(() -> new FileTokenStore(file()).load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fix or delete it")
                .satisfies(error -> assertThat(error.toString()).doesNotContain("s3cr3t-t0k3n"));
    }

    @Test
    void tokensNeverShowInToString() {
        OAuthTokens tokens = new OAuthTokens("access-s3cr3t", "refresh-s3cr3t", null);

        assertThat(tokens.toString()).doesNotContain("access-s3cr3t").doesNotContain("refresh-s3cr3t");
        assertThat(new FileTokenStore(file()).toString()).contains(file().toString());
    }
}
