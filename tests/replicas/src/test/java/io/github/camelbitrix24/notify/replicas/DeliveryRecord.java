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

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The notifications one replica's route handled, in order: a line {@code <id> <epoch millis>} each, written straight to
 * the file (no buffer in the JVM), so a replica killed with SIGKILL loses none of the lines it wrote.
 */
final class DeliveryRecord {

    /** One notification a route handled, and when. */
    record Delivery(long id, long atMillis) {
    }

    private final FileOutputStream out;

    DeliveryRecord(Path file) {
        try {
            this.out = new FileOutputStream(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void delivered(long id) {
        try {
            out.write((id + " " + System.currentTimeMillis() + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a replica recorded so far, read by the test; a line still being written is left out. */
    static List<Delivery> read(Path file) {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            String content = Files.readString(file, StandardCharsets.US_ASCII);
            int complete = content.lastIndexOf('\n') + 1;
            return content.substring(0, complete).lines().map(line -> {
                String[] parts = line.split(" ");
                return new Delivery(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
