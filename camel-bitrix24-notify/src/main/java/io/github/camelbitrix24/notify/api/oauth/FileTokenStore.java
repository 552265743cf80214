package io.github.camelbitrix24.notify.api.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keeps the token pair in a JSON file readable by its owner only ({@code rw-------} where the file system has POSIX
 * permissions), so that a restarted route goes on with the latest refresh token. A save writes a temporary file next
 * to it and moves it over the old one atomically: a crash leaves the old pair or the new one, never half a file.
 * <p>
 * The file holds the fields of the OAuth server's answer, {@code access_token}, {@code refresh_token} and
 * {@code expires} (Unix seconds), so the answer of a first token request can be saved as it is.
 * <p>
 * With camel-main: {@code camel.component.bitrix24-notify.tokenStore =
 * #class:io.github.camelbitrix24.notify.api.oauth.FileTokenStore('/var/lib/myapp/bitrix24-tokens.json')}.
 */
public final class FileTokenStore implements TokenStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    public FileTokenStore(String file) {
        this(Path.of(file));
    }

    public FileTokenStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** The file the pair is kept in. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<OAuthTokens> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonNode json;
        try {
            json = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException unreadable) {
            // the parser's message may quote the file, tokens included: leave it out
            throw malformed();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OAuth tokens from " + file, e);
        }
        if (json == null || !json.path("access_token").isTextual() || !json.path("refresh_token").isTextual()) {
            throw malformed();
        }
        Instant expiresAt = json.path("expires").canConvertToLong() ? Instant.ofEpochSecond(json.get("expires").asLong()) : null;
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
        try {
            byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
            Path directory = file.getParent();
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
        return new IllegalStateException("The token file " + file + " is not a JSON object with access_token and "
                                         + "refresh_token; fix or delete it (contents not shown: they hold secrets)");
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + file + "]";
    }
}
