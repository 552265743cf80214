package io.github.camelbitrix24.notify.replicas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/** What a replica tells the test: one line per event ({@code ready}, {@code leader <millis>}, {@code done ...}). */
final class StatusFile {

    private final Path file;

    StatusFile(Path file) {
        this.file = file;
    }

    /** One write per line, so the test never reads half of one. */
    synchronized void append(String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line starting with that word, without it. */
    Optional<String> first(String word) {
        return lines().stream().filter(line -> line.equals(word) || line.startsWith(word + " "))
                .map(line -> line.substring(word.length()).trim()).findFirst();
    }
}
