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
package io.github.camelbitrix24.notify.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds an installed JDK of one Java feature release: the one named by {@code JAVA<feature>_HOME}, else the first under
 * {@code /usr/lib/jvm} (or the directory the system property {@code compat.jvmDirectory} names) whose {@code release}
 * file says {@code JAVA_VERSION="<feature>...}.
 */
public final class InstalledJdks {

    private InstalledJdks() {
    }

    /** The JDK's home, if one of that release is installed where {@link #whereLooked(int)} says. */
    public static Optional<Path> find(int feature) {
        String named = System.getenv(homeVariable(feature));
        if (named != null && !named.isBlank()) {
            // a wrong setting fails rather than skips: it would hide the row on the machine meant to run it
            if (!isJdk(Path.of(named), feature)) {
                throw new IllegalStateException(
                        homeVariable(feature) + "=" + named + " is no JDK " + feature
                                                + ": no bin/java, or its release file says another JAVA_VERSION");
            }
            return Optional.of(Path.of(named));
        }
        Path directory = jvmDirectory();
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(directory)) {
            return homes.sorted().filter(home -> isJdk(home, feature)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@link #find(int)} looks, for a skip message. */
    public static String whereLooked(int feature) {
        return "the environment variable " + homeVariable(feature) + " (not set), then a JDK under " + jvmDirectory()
               + " whose release file says JAVA_VERSION=\"" + feature + "...\"";
    }

    private static Path jvmDirectory() {
        return Path.of(System.getProperty("compat.jvmDirectory", "/usr/lib/jvm"));
    }

    private static String homeVariable(int feature) {
        return "JAVA" + feature + "_HOME";
    }

    private static boolean isJdk(Path home, int feature) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return false;
        }
        try (Stream<String> lines = Files.lines(release)) {
            String version = "JAVA_VERSION=\"" + feature;
            return lines.anyMatch(line -> line.equals(version + "\"") || line.startsWith(version + "."));
        } catch (IOException e) {
            return false;
        }
    }
}
