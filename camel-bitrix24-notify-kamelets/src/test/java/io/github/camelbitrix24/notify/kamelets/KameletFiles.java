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
package io.github.camelbitrix24.notify.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kamelets as this module's build made them: kamelets/*.kamelet.yaml on the class path, version filled in. */
final class KameletFiles {

    static final String SUFFIX = ".kamelet.yaml";

    private KameletFiles() {
    }

    /** The names of every Kamelet the module ships, from the file names. */
    static List<String> names() {
        URL directory = KameletFiles.class.getClassLoader().getResource("kamelets");
        assertThat(directory).as("kamelets/ on the class path").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
            return files.map(file -> file.getFileName().toString()).filter(file -> file.endsWith(SUFFIX))
                    .map(file -> file.substring(0, file.length() - SUFFIX.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of one Kamelet file. */
    static String text(String name) throws IOException {
        String resource = "kamelets/" + name + SUFFIX;
        try (InputStream in = KameletFiles.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** One Kamelet file as YAML. */
    static Map<String, Object> read(String name) throws IOException {
        return map(new Load(LoadSettings.builder().build()).loadFromString(text(name)));
    }

    static Map<String, Object> definition(Map<String, Object> kamelet) {
        return map(map(kamelet.get("spec")).get("definition"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }
}
