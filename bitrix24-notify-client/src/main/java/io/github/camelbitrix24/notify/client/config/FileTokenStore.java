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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keeps the token pair in a JSON file readable by its owner only ({@code rw-------} where the file system has POSIX
 * permissions), so that a restarted route goes on with the latest refresh token. A save writes a temporary file next to
 * it, forces it to disk, moves it over the old one atomically and forces the directory, so that a crash leaves the old
 * pair or the new one, never half a file, and a pair saved stays saved.
 * <p>
 * Processes sharing the file renew one at a time: a renewal holds an exclusive lock on {@code <file>.lock} beside it
 * (an operating-system lock, released if the process dies), and reads the file again once it holds it, so that it takes
 * the pair another process renewed meanwhile instead of renewing a refresh token already used up. Another program
 * sharing the file should lock that file the same way while it renews.
 * <p>
 * The file holds the fields of the OAuth server's answer, {@code access_token}, {@code refresh_token} and
 * {@code expires} (Unix seconds), so the answer of a first token request can be saved as it is. Two instances on the
 * same file (however its path is spelled, through links too) are equal, and are one OAuth session.
 * <p>
 * With camel-main: {@code camel.component.bitrix24-notify.tokenStore =
 * #class:io.github.camelbitrix24.notify.client.config.FileTokenStore('/var/lib/myapp/bitrix24-tokens.json')}.
 */
public final class FileTokenStore implements TokenStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /**
     * The lock files this process holds. Java keeps file locks per process, and closing any channel on a file may let
     * go every lock of the process on it: a second channel on a lock file held here is never opened.
     */
    private static final Set<Path> LOCKS_HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Path realFile;

    public FileTokenStore(String file) {
        this(Path.of(file));
    }

    public FileTokenStore(Path file) {
        this.file = file.toAbsolutePath();
        this.realFile = realPath(this.file);
    }

    /** The file the pair is kept in. */
    public Path file() {
        return file;
    }

    /** The lock file a renewal holds, {@code <file>.lock} beside the file. */
    public Path lockFile() {
        return realFile.resolveSibling(realFile.getFileName() + ".lock");
    }

    /**
     * @throws IllegalStateException when the file is not a token pair (its contents are never shown: they hold secrets)
     * @throws UncheckedIOException  when the file cannot be read
     */
    @Override
    public synchronized Optional<OAuthTokens> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException deletedMeanwhile) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OAuth tokens from " + file, e);
        }
        JsonNode json;
        try {
            json = JSON.readTree(bytes);
        } catch (IOException unreadable) {
            // the parser's message may quote the file, tokens included, even in hexadecimal: leave it and its cause out
            throw malformed();
        }
        if (json == null || !json.isObject() || !json.path("access_token").isTextual()
                || !json.path("refresh_token").isTextual() || json.get("access_token").asText().isBlank()
                || json.get("refresh_token").asText().isBlank()) {
            throw malformed();
        }
        Instant expiresAt
                = json.path("expires").canConvertToLong() ? Instant.ofEpochSecond(json.get("expires").asLong()) : null;
        return Optional.of(new OAuthTokens(json.get("access_token").asText(), json.get("refresh_token").asText(), expiresAt));
    }

    @Override
    public synchronized void save(OAuthTokens tokens) {
        ObjectNode json = JSON.createObjectNode()
                .put("access_token", tokens.accessToken())
                .put("refresh_token", tokens.refreshToken());
        if (tokens.expiresAt() != null) {
            json.put("expires", tokens.expiresAt().getEpochSecond());
        }
        Path directory = file.getParent();
        try {
            byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
            Files.createDirectories(directory);
            Path temporary = createOwnerOnly(directory);
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(bytes));
                    channel.force(true);
                }
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the OAuth tokens to " + file, e);
        }
        forceDirectory(directory);
    }

    /**
     * The rename is an entry of the directory: until the directory reaches the disk, a crash may bring the old pair
     * back, whose refresh token the OAuth server has already replaced.
     */
    private void forceDirectory(Path directory) {
        FileChannel channel;
        try {
            channel = FileChannel.open(directory, StandardOpenOption.READ);
        } catch (IOException cannotOpenADirectory) {
            // some platforms (Windows) cannot open a directory; their rename reaches the disk with the file
            return;
        }
        try (channel) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Saved the OAuth tokens to " + file + ", but the directory could not be "
                                           + "forced to disk: a crash now may bring the previous pair back",
                    e);
        }
    }

    /** Locks {@link #lockFile()} for one renewal, without waiting; empty while another process or session holds it. */
    @Override
    public Optional<RenewalLock> tryLockRenewal() {
        Path lockFile = lockFile();
        if (!LOCKS_HELD.add(lockFile)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new HeldLock(lockFile, channel));
            }
        } catch (OverlappingFileLockException heldHere) {
            // another part of this process opened the file on its own: treat it as held
        } catch (IOException e) {
            release(lockFile, channel);
            throw new UncheckedIOException("Cannot lock " + lockFile + " for the renewal of the OAuth tokens", e);
        }
        release(lockFile, channel);
        return Optional.empty();
    }

    private static void release(Path lockFile, FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the channel whatever close() says
        } finally {
            LOCKS_HELD.remove(lockFile);
        }
    }

    private record HeldLock(Path lockFile, FileChannel channel) implements RenewalLock {
        @Override
        public void close() {
            release(lockFile, channel);
        }
    }

    /** An empty file beside the target, created with owner-only permissions rather than changed to them later. */
    private Path createOwnerOnly(Path directory) throws IOException {
        String prefix = "." + file.getFileName() + ".";
        if (Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return Files.createTempFile(directory, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        return Files.createTempFile(directory, prefix, ".tmp");
    }

    private IllegalStateException malformed() {
        return new IllegalStateException(
                "The token file " + file + " is not a JSON object with access_token and "
                                         + "refresh_token; fix or delete it (contents not shown: they hold secrets)");
    }

    /**
     * The file with the links of its path followed, as far as they exist: the file itself may not exist yet, nor its
     * directory.
     */
    private static Path realPath(Path absolute) {
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute.normalize();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute.normalize();
        }
    }

    /** The same file, however its path is spelled. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FileTokenStore store && realFile.equals(store.realFile);
    }

    @Override
    public int hashCode() {
        return realFile.hashCode();
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + file + "]";
    }
}
