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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.tooling.model.ComponentModel;

/**
 * Writes what a page takes from elsewhere, between markers a reader of the Markdown does not see:
 * <ul>
 * <li>{@code <!-- component options: START -->} ... {@code END}, likewise {@code endpoint options} and
 * {@code message headers}: the tables of the component descriptor; {@code component summary}: the first screen's line
 * of the reference (since, support level, producer and consumer), from the descriptor too;</li>
 * <li>{@code <!-- spring boot options: START -->} ... {@code END}: every property of the starter, from the metadata its
 * build writes (see {@link SpringBootPropertiesTable});</li>
 * <li>{@code <!-- kamelets: START -->} ... {@code END}: a section per Kamelet with its properties, from the Kamelet
 * files (see {@link KameletTables});</li>
 * <li>{@code <!-- result type: a.b.Record: START -->} ... {@code END}: the fields of a record of the model;</li>
 * <li>{@code <!-- snippet: path/in/the/repository#tag -->} right above a code block: the block is the tagged region of
 * that source file, which a test compiles or runs;</li>
 * <li>{@code <!-- dependency: artifactId -->} (or {@code artifactId, test}) right above a code block: the Maven
 * dependency on that module of this build, in the descriptor's group and version.</li>
 * </ul>
 * Everything else of the page is left as it is.
 */
public final class PageRenderer {

    private static final Pattern SECTION_START = Pattern.compile("^<!-- (.+): START -->$");
    private static final Pattern SNIPPET = Pattern.compile("^<!-- snippet: (\\S+) -->$");
    private static final Pattern DEPENDENCY = Pattern.compile("^<!-- dependency: ([\\w.-]+)(?:, (\\w+))? -->$");
    private static final String RESULT_TYPE = "result type: ";

    private final Path root;
    private final ComponentModel model;
    private final DescriptorTables tables;
    private final ResultTypeTable resultTypes;
    private final SpringBootPropertiesTable springBootOptions;
    private final KameletTables kamelets;

    public PageRenderer(Path root, ComponentModel model, ClassLoader loader) {
        this.root = root;
        this.model = model;
        this.tables = new DescriptorTables(model);
        this.resultTypes = new ResultTypeTable(root, loader);
        this.springBootOptions = new SpringBootPropertiesTable(loader);
        this.kamelets = new KameletTables(root);
    }

    /** The page with everything between its markers written anew. */
    public String render(String page) {
        List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            Matcher section = SECTION_START.matcher(stripped);
            Matcher snippet = SNIPPET.matcher(stripped);
            Matcher dependency = DEPENDENCY.matcher(stripped);
            if (section.matches()) {
                String name = section.group(1);
                String end = "<!-- " + name + ": END -->";
                int close = i + 1;
                while (close < lines.size() && !lines.get(close).strip().equals(end)) {
                    close++;
                }
                if (close == lines.size()) {
                    throw new IllegalArgumentException("The marker <!-- " + name + ": START --> has no " + end);
                }
                out.add(line);
                out.addAll(section(name));
                out.add(lines.get(close));
                i = close;
            } else if (snippet.matches() || dependency.matches()) {
                List<String> body = snippet.matches()
                        ? SourceRegion.read(root, snippet.group(1))
                        : dependency(dependency.group(1), dependency.group(2));
                int fenceAt = i + 1;
                List<CodeFence> fences
                        = fenceAt < lines.size() ? CodeFence.of(lines.subList(fenceAt, lines.size())) : List.of();
                if (fences.isEmpty() || fences.get(0).opening() != 0) {
                    throw new IllegalArgumentException(stripped + " must stand right above the code block it fills");
                }
                String fence = lines.get(fenceAt);
                String indent = fence.substring(0, fence.length() - fence.stripLeading().length());
                out.add(line);
                out.add(fence);
                // inside a list item the block keeps the item's indentation
                body.forEach(bodyLine -> out.add(bodyLine.isEmpty() ? "" : indent + bodyLine));
                int closing = fenceAt + fences.get(0).closing();
                out.add(lines.get(closing));
                i = closing;
            } else {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    private List<String> section(String name) {
        List<String> body = switch (name) {
            case "component options" -> tables.componentOptions();
            case "endpoint options" -> tables.endpointOptions();
            case "message headers" -> tables.messageHeaders();
            case "component summary" -> tables.summary();
            case "spring boot options" -> springBootOptions.render();
            case "kamelets" -> kamelets.render();
            default -> {
                if (!name.startsWith(RESULT_TYPE)) {
                    throw new IllegalArgumentException("Unknown generated section '" + name + "'");
                }
                yield resultTypes.render(name.substring(RESULT_TYPE.length()).strip());
            }
        };
        // a blank line on each side, so that the table is Markdown and not part of the marker's HTML block
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.addAll(body);
        lines.add("");
        return lines;
    }

    private List<String> dependency(String artifactId, String scope) {
        Path pom = root.resolve(artifactId).resolve("pom.xml");
        if (!containsArtifact(pom, artifactId)) {
            throw new IllegalArgumentException(
                    "<!-- dependency: " + artifactId + " -->: no module " + artifactId
                                               + " in this build");
        }
        List<String> lines = new ArrayList<>();
        lines.add("<dependency>");
        lines.add("    <groupId>" + model.getGroupId() + "</groupId>");
        lines.add("    <artifactId>" + artifactId + "</artifactId>");
        lines.add("    <version>" + model.getVersion() + "</version>");
        if (scope != null) {
            lines.add("    <scope>" + scope + "</scope>");
        }
        lines.add("</dependency>");
        return lines;
    }

    private static boolean containsArtifact(Path pom, String artifactId) {
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>" + artifactId + "</artifactId>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
