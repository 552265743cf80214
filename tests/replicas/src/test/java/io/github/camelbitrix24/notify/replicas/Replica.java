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
package io.github.camelbitrix24.notify.replicas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ReplicaMain} in a JVM of its own, on the test's classpath: started with its settings, read through its
 * status file and delivery record, stopped (or killed with SIGKILL) by the test. Its log is
 * {@code <work dir>/<name>.log}.
 */
final class Replica implements AutoCloseable {

    private final String name;
    private final Process process;
    private final StatusFile status;
    private final Path record;
    private final Path log;

    private Replica(String name, Process process, StatusFile status, Path record, Path log) {
        this.name = name;
        this.process = process;
        this.status = status;
        this.record = record;
        this.log = log;
    }

    /** Starts the replica; {@code status} and {@code record} are set to files of its own in {@code workDir}. */
    static Replica start(String name, Path workDir, String webhookUrl, Map<String, String> settings) {
        Path statusFile = workDir.resolve(name + ".status");
        Path record = workDir.resolve(name + ".delivered");
        Path log = workDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        // small: the machine has two cores for the test and every replica. Both compilers, as in production:
                        // C1 alone starts sooner but sends a third slower once warm
                        "-Xmx256m", "-XX:+UseSerialGC",
                        "-Dlog4j2.configurationFile=replica-log4j2.properties",
                        "-cp", testClassPath(), ReplicaMain.class.getName(),
                        "name=" + name, "status=" + statusFile, "record=" + record));
        settings.forEach((key, value) -> command.add(key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put(ReplicaMain.WEBHOOK_VARIABLE, webhookUrl);
        try {
            return new Replica(name, builder.start(), new StatusFile(statusFile), record, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start replica " + name, e);
        }
    }

    /** Surefire's test classpath: the replica runs the same classes as the test. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    String name() {
        return name;
    }

    StatusFile status() {
        return status;
    }

    List<DeliveryRecord.Delivery> deliveries() {
        return DeliveryRecord.read(record);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the JVM ends at once, nothing of it runs any more (no shutdown hook, no finally). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Waits for the replica to end by itself; its exit code, or -1 when it still runs. */
    int awaitExit(long timeout, TimeUnit unit) throws InterruptedException {
        return process.waitFor(timeout, unit) ? process.exitValue() : -1;
    }

    /**
     * Waits until every replica reported {@code ready}; fails with the replicas' logs when one ends first or the time
     * is up.
     */
    static void awaitReady(List<Replica> replicas, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!replicas.stream().allMatch(replica -> replica.status.first("ready").isPresent())) {
            boolean anyEnded = replicas.stream().anyMatch(replica -> !replica.isAlive());
            if (anyEnded || System.nanoTime() > deadline) {
                StringBuilder logs = new StringBuilder(
                        anyEnded ? "A replica ended before it was ready" : "The replicas were not ready in " + timeout);
                replicas.forEach(replica -> logs.append('\n').append(replica.logTail()));
                throw new AssertionError(logs.toString());
            }
            Thread.sleep(50);
        }
    }

    /** The end of its log, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return "--- " + name + " (" + log + "):\n"
                   + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "--- " + name + ": no log (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
