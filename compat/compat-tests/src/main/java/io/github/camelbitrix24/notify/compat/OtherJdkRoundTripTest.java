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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Java row: the same camel-main application, on this module's class path, run by another installed JDK in its own
 * process against the sandbox of this JVM. Skipped, saying where it looked, where no JDK of that release is installed.
 */
public abstract class OtherJdkRoundTripTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    /** A bound on a hung run, far above the few seconds one takes. */
    private static final long RUN_LIMIT_SECONDS = 120;

    private final int javaFeature;

    protected OtherJdkRoundTripTest(int javaFeature) {
        this.javaFeature = javaFeature;
    }

    @Test
    void sendsConsumesAndReadsBackOnTheOtherJdk() throws Exception {
        Path jdk = InstalledJdks.find(javaFeature).orElse(null);
        Assumptions.assumeTrue(jdk != null,
                () -> "No JDK " + javaFeature + " installed: looked at " + InstalledJdks.whereLooked(javaFeature));

        List<String> output = runApp(jdk.resolve("bin/java"));
        RoundTrip trip = RoundTrip.parse(output);

        assertThat(trip.javaFeature()).as("the Java the application ran on").isEqualTo(javaFeature);
        assertThat(output).as("the whole run's output").noneMatch(line -> line.contains(webhookCode()));
        RoundTripChecks.assertRoundTrip(trip, PORTAL.sandbox(), RoundTripChecks.expectedCamelVersion());
    }

    /** The webhook's secret: the last segment of its path. */
    private static String webhookCode() {
        String path = URI.create(PORTAL.sandbox().webhookUrl()).getPath();
        return Path.of(path).getFileName().toString();
    }

    private List<String> runApp(Path java) throws IOException, InterruptedException {
        Path output = Files.createTempFile("compat-java" + javaFeature, ".log");
        try {
            Process app = new ProcessBuilder(
                    java.toString(), "-cp", System.getProperty("java.class.path"),
                    RoundTripApp.class.getName(), PORTAL.sandbox().webhookUrl())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = app.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                app.destroyForcibly().waitFor();
            }
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            assertThat(ended).as("the application ended within %d s; it printed:%n%s", RUN_LIMIT_SECONDS,
                    String.join("\n", lines)).isTrue();
            assertThat(app.exitValue()).as("exit status; it printed:%n%s", String.join("\n", lines)).isZero();
            return lines;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
