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
package io.github.camelbitrix24.notify.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@link Bitrix24SandboxMain} in a JVM of its own, started as a user starts it ({@code java ... Bitrix24SandboxMain
 * <options>}, with this JVM's classpath, which holds the module's classes and Jackson as the runnable jar does): its
 * output read line by line, its exit code awaited.
 */
final class SandboxProcess implements AutoCloseable {

    /** How long a JVM may take to start or stop on a busy machine: a bound on waiting, not a speed check. */
    private static final long WAIT_SECONDS = 120;

    private final Process process;
    private final LinkedBlockingQueue<String> stdoutLines = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> stderr;

    private SandboxProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> readLines(process.getInputStream()), "sandbox-process-stdout");
        reader.setDaemon(true);
        reader.start();
        this.stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    }

    static SandboxProcess start(String... options) {
        List<String> command = new ArrayList<>(
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"),
                        Bitrix24SandboxMain.class.getName()));
        command.addAll(List.of(options));
        try {
            return new SandboxProcess(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next line of standard output that starts with the prefix, the lines before it skipped. */
    String awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            String line = stdoutLines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && !process.isAlive() && stdoutLines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("No line starting with '" + prefix + "'; standard error: " + stderrSoFar());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("The sandbox did not exit");
        }
        return process.exitValue();
    }

    /** Everything printed to standard output, once the process has ended. */
    String stdout() {
        return String.join("\n", stdoutLines);
    }

    /** Everything printed to standard error, once the process has ended. */
    String stderr() {
        return stderr.join();
    }

    private String stderrSoFar() {
        return process.isAlive() ? "(still running)" : stderr();
    }

    private void readLines(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                stdoutLines.add(line);
            }
        } catch (IOException closed) {
            // the process ended
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
