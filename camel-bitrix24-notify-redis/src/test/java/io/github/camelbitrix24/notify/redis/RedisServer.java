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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real {@code redis-server} on a free loopback port, started from the binary {@link RedisBinary} chose: the path in
 * {@code REDIS_SERVER}, else the first {@code redis-server} on the PATH, else the Redis binary that the test dependency
 * {@code com.github.codemonstur:embedded-redis} carries. No data is saved. Tests that need Redis fail with this class's
 * message when the binary does not start: they are never skipped, so a machine cannot pass them by accident.
 */
public final class RedisServer implements AutoCloseable {

    private static final long READY_TIMEOUT_MILLIS = 10_000;
    /** Another process may take the free port between our probe and redis-server's bind: try a few ports. */
    private static final int PORT_ATTEMPTS = 3;

    private final Process process;
    private final int port;
    private final Path workDir;
    private final Thread stopAtExit;

    private RedisServer(Process process, int port, Path workDir) {
        this.process = process;
        this.port = port;
        this.workDir = workDir;
        this.stopAtExit = new Thread(process::destroyForcibly, "redis-server-" + port + "-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Starts a server and waits until it answers PING. */
    public static RedisServer start() {
        Path binary = RedisBinary.path();
        Path workDir = createWorkDir();
        String failures = "";
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            int port = freePort();
            Path log = workDir.resolve("redis-" + port + ".log");
            Process process = launch(binary, port, workDir, log);
            if (awaitReady(process, port)) {
                return new RedisServer(process, port, workDir);
            }
            process.destroyForcibly();
            failures += "\n--- port " + port + ":\n" + tail(log);
        }
        throw new IllegalStateException(
                binary + " did not start on a free loopback port in " + PORT_ATTEMPTS
                                        + " attempts; its log:" + failures);
    }

    /** Suspends the server (SIGSTOP): it keeps its connections and answers nothing, as a hung server does. */
    public void suspend() {
        signal("STOP");
    }

    /** Lets a suspended server go on (SIGCONT). */
    public void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code redis://127.0.0.1:<port>} */
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Removes every key, so the next test starts from an empty server. */
    public void flushAll() {
        String answer = command("FLUSHALL");
        if (!answer.startsWith("+OK")) {
            throw new IllegalStateException("FLUSHALL answered " + answer);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException jvmExiting) {
            // the hook runs anyway
        }
        deleteQuietly(workDir);
    }

    private static Process launch(Path binary, int port, Path workDir, Path log) {
        List<String> command = List.of(binary.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", workDir.toString());
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + binary, e);
        }
    }

    private static boolean awaitReady(Process process, int port) {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            try {
                if (command(port, "PING").startsWith("+PONG")) {
                    return true;
                }
            } catch (UncheckedIOException notYet) {
                // still starting
            }
            sleep(50);
        }
        return false;
    }

    private String command(String command) {
        return command(port, command);
    }

    /** One inline command over RESP, answered with its first line. */
    private static String command(int port, String command) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String line = in.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("redis-server-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for redis-server", e);
        }
    }

    @Override
    public String toString() {
        return "RedisServer[" + uri() + "]";
    }
}
