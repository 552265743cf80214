package io.github.camelbitrix24.notify.replicas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A directory of one run under {@code target/replicas}, kept after the test so its replicas' logs can be read. */
final class ReplicaWorkDir {

    private ReplicaWorkDir() {
    }

    static Path create(String test) {
        try {
            return Files.createDirectories(Path.of("target", "replicas", test + "-" + System.currentTimeMillis())).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
