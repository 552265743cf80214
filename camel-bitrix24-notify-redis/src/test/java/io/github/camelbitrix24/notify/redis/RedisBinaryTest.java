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
package io.github.camelbitrix24.notify.redis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which redis-server the tests start: REDIS_SERVER, then the PATH, then the binary bundled in embedded-redis. */
class RedisBinaryTest {

    private static final Supplier<Path> NOT_ASKED = () -> {
        throw new AssertionError("the bundled binary was extracted although another one was there");
    };

    @TempDir
    Path dir;

    @Test
    void takesTheBundledBinaryWhenNeitherTheVariableNorThePathHasOne() throws Exception {
        Path emptyDir = Files.createDirectory(dir.resolve("bin"));

        RedisBinary.Choice choice = RedisBinary.choose(Map.of("PATH", emptyDir.toString()), RedisBinary::extractBundled);

        assertThat(choice.source()).isEqualTo(RedisBinary.BUNDLED);
        assertThat(versionOf(choice.path())).startsWith("Redis server v=6.2");
    }

    @Test
    void takesTheFirstRedisServerOnThePath() throws IOException {
        Path first = executable(dir.resolve("first"));
        executable(dir.resolve("second"));

        RedisBinary.Choice choice = RedisBinary.choose(
                Map.of("PATH", dir.resolve("missing") + ":" + dir.resolve("first") + ":" + dir.resolve("second")),
                NOT_ASKED);

        assertThat(choice).isEqualTo(new RedisBinary.Choice(first, "the PATH"));
    }

    @Test
    void takesTheVariableBeforeThePath() throws IOException {
        Path configured = executable(dir.resolve("configured"));
        executable(dir.resolve("onPath"));

        RedisBinary.Choice choice = RedisBinary.choose(
                Map.of(RedisBinary.VARIABLE, configured.toString(), "PATH", dir.resolve("onPath").toString()), NOT_ASKED);

        assertThat(choice).isEqualTo(new RedisBinary.Choice(configured, RedisBinary.VARIABLE));
    }

    @Test
    void refusesAVariableThatNamesNoExecutable() {
        String missing = dir.resolve("no-such-redis-server").toString();

        assertThatThrownBy(() -> RedisBinary.choose(Map.of(RedisBinary.VARIABLE, missing), NOT_ASKED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("REDIS_SERVER=" + missing + " is not an executable redis-server");
    }

    private static Path executable(Path binDir) throws IOException {
        Files.createDirectories(binDir);
        Path file = binDir.resolve("redis-server");
        Files.writeString(file, "#!/bin/sh\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static String versionOf(Path binary) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
