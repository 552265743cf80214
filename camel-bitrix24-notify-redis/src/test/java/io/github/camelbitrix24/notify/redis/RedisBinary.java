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

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.core.ExecutableProvider;

/**
 * The one place that decides which {@code redis-server} binary the tests start, once per JVM, and logs it: the path in
 * {@code REDIS_SERVER} when set, else the first {@code redis-server} on the PATH, else the Redis 6.2 binary that the
 * Maven artifact {@code com.github.codemonstur:embedded-redis} carries for Linux (amd64, arm64) and macOS, extracted to
 * a temporary file. A JDK and Maven are thus enough to run the Redis tests; every choice is started the same way by
 * {@link RedisServer}.
 */
final class RedisBinary {

    static final String VARIABLE = "REDIS_SERVER";
    static final String BUNDLED = "bundled in com.github.codemonstur:embedded-redis";

    private static final Logger LOG = LoggerFactory.getLogger(RedisBinary.class);
    private static Choice chosen;

    /** A binary and where it came from, for the log. */
    record Choice(Path path, String source) {
    }

    private RedisBinary() {
    }

    /** The binary for this JVM: chosen and logged on the first call. */
    static synchronized Path path() {
        if (chosen == null) {
            chosen = choose(System.getenv(), RedisBinary::extractBundled);
            LOG.info("The Redis tests start {} ({})", chosen.path(), chosen.source());
        }
        return chosen.path();
    }

    /** The choice for that environment; {@code bundled} extracts the jar's binary, asked only when nothing else is. */
    static Choice choose(Map<String, String> environment, Supplier<Path> bundled) {
        String configured = environment.get(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
                throw new IllegalStateException(VARIABLE + "=" + configured + " is not an executable redis-server");
            }
            return new Choice(path, VARIABLE);
        }
        String searchPath = Optional.ofNullable(environment.get("PATH")).orElse("");
        return Stream.of(searchPath.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(path -> Files.isRegularFile(path) && Files.isExecutable(path))
                .findFirst()
                .map(path -> new Choice(path, "the PATH"))
                .orElseGet(() -> new Choice(bundled.get(), BUNDLED));
    }

    /** The jar's binary for this OS and architecture, extracted to a temporary file deleted when the JVM exits. */
    static Path extractBundled() {
        try {
            return ExecutableProvider.newJarResourceProvider().get().toPath();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "No redis-server on the PATH, " + VARIABLE + " unset, and embedded-redis carries no binary for "
                                            + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                                            + ": install redis-server or set " + VARIABLE + " to its path",
                    e);
        }
    }
}
