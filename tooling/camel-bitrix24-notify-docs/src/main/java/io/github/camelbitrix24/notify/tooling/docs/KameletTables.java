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
package io.github.camelbitrix24.notify.tooling.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One section per Kamelet the Kamelets module ships, as the Apache Kamelet catalog's pages show one: its title, type
 * and support level, its description, and the table of its properties (name, title, description, type, default,
 * example), written from the Kamelet files ({@value #DIRECTORY}) and nothing else.
 */
final class KameletTables {

    /** Where the Kamelets are, in the repository. */
    static final String DIRECTORY = "camel-bitrix24-notify-kamelets/src/main/resources/kamelets";
    static final String SUFFIX = ".kamelet.yaml";

    private final Path root;

    KameletTables(Path root) {
        this.root = root;
    }

    List<String> render() {
        List<String> lines = new ArrayList<>();
        for (Path file : files()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(section(file));
        }
        return lines;
    }

    /** The Kamelet files, by name. */
    List<Path> files() {
        Path directory = root.resolve(DIRECTORY);
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("<!-- kamelets -->: no directory " + DIRECTORY + " in the repository");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The properties of one Kamelet, by name, in the file's order. */
    Map<String, Object> properties(Path file) {
        return properties(definition(map(read(file), file, "the file"), file), file);
    }

    private static Map<String, Object> definition(Map<String, Object> kamelet, Path file) {
        return map(map(kamelet.get("spec"), file, "spec").get("definition"), file, "spec.definition");
    }

    private static Map<String, Object> properties(Map<String, Object> definition, Path file) {
        return map(definition.getOrDefault("properties", Map.of()), file, "properties");
    }

    private List<String> section(Path file) {
        Map<String, Object> kamelet = map(read(file), file, "the file");
        Map<String, Object> metadata = map(kamelet.get("metadata"), file, "metadata");
        Map<String, Object> definition = definition(kamelet, file);
        Map<String, Object> annotations = map(metadata.getOrDefault("annotations", Map.of()), file, "annotations");
        Map<String, Object> labels = map(metadata.getOrDefault("labels", Map.of()), file, "labels");
        Map<String, Object> properties = properties(definition, file);
        List<?> required = definition.get("required") instanceof List<?> list ? list : List.of();

        List<String> lines = new ArrayList<>();
        lines.add("## " + metadata.get("name"));
        lines.add("");
        lines.add("**" + MarkdownTable.text(String.valueOf(definition.get("title"))) + "** · **"
                  + MarkdownTable.text(String.valueOf(labels.get("camel.apache.org/kamelet.type"))) + "** · **Support level: "
                  + MarkdownTable.text(String.valueOf(annotations.get("camel.apache.org/kamelet.support.level"))) + "**");
        lines.add("");
        String.valueOf(definition.get("description")).strip().lines().map(String::stripTrailing).forEach(lines::add);
        lines.add("");
        lines.add("The Kamelet has " + properties.size()
                  + (properties.size() == 1 ? " property, which is" : " properties, which are")
                  + " listed below.");
        lines.add("");
        MarkdownTable table = new MarkdownTable("Property", "Name", "Description", "Type", "Default", "Example");
        properties.forEach((name, value) -> {
            Map<String, Object> property = map(value, file, "property " + name);
            table.row("**" + MarkdownTable.text(name) + "**", MarkdownTable.text(text(property.get("title"))),
                    description(property, required.contains(name)), MarkdownTable.code(text(property.get("type"))),
                    MarkdownTable.code(text(property.get("default"))), MarkdownTable.code(text(property.get("example"))));
        });
        lines.addAll(table.lines());
        return lines;
    }

    private static String description(Map<String, Object> property, boolean required) {
        StringBuilder text = new StringBuilder();
        if (required) {
            text.append("**Required** ");
        }
        if ("password".equals(property.get("format"))) {
            text.append("**Secret** ");
        }
        text.append(MarkdownTable.text(text(property.get("description"))));
        if (property.get("enum") instanceof List<?> values && !values.isEmpty()) {
            text.append(text.toString().endsWith(".") ? " " : ". ").append("One of: ")
                    .append(values.stream().map(v -> MarkdownTable.code(String.valueOf(v))).collect(Collectors.joining(", ")))
                    .append('.');
        }
        return text.toString().strip();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static Object read(Path file) {
        try {
            return new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, Path file, String what) {
        if (!(node instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(file.getFileName() + ": " + what + " is not a mapping");
        }
        return (Map<String, Object>) node;
    }
}
