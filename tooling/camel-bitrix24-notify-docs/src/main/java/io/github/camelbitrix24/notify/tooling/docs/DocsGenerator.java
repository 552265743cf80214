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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.JsonMapper;

/**
 * Renders README.md, every page of docs/ and the examples' READMEs (see {@link PageRenderer}) and rewrites the pages
 * whose generated parts were out of date. It names those pages in {@value #DRIFT_FILE} of the drift directory, so that
 * the build's test fails until the rewritten pages are committed.
 * <p>
 * Arguments: the repository's root, and the drift directory.
 */
public final class DocsGenerator {

    /** Where the component descriptor is on the class path (in the component's jar). */
    public static final String DESCRIPTOR = "META-INF/io/github/camelbitrix24/notify/bitrix24-notify.json";
    /** The file of the drift directory that lists the pages the last run rewrote, one a line. */
    public static final String DRIFT_FILE = "rewritten-pages.txt";

    private static final String NAME = "camel-bitrix24-notify-docs";

    private DocsGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Arguments: REPOSITORY_ROOT DRIFT_DIRECTORY");
        }
        Path root = Path.of(args[0]).toRealPath();
        Path drift = Path.of(args[1]);
        PageRenderer renderer = renderer(root);
        List<String> rewritten = new ArrayList<>();
        for (Path page : pages(root)) {
            String current = Files.readString(page);
            String rendered = renderer.render(current);
            String name = root.relativize(page).toString().replace('\\', '/');
            if (rendered.equals(current)) {
                System.out.println(NAME + ": " + name + " is up to date");
            } else {
                Files.writeString(page, rendered);
                rewritten.add(name);
                System.out.println(NAME + ": rewrote " + name + " (it was out of date): commit it");
            }
        }
        Files.createDirectories(drift);
        Files.write(drift.resolve(DRIFT_FILE), rewritten);
    }

    /** The renderer of this repository, with the descriptor and the model classes on the class path. */
    public static PageRenderer renderer(Path root) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new PageRenderer(root, descriptor(loader), loader);
    }

    /** README.md, the Markdown pages of docs/, and the README.md of each example. */
    public static List<Path> pages(Path root) throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(path -> path.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        Path examples = root.resolve("examples");
        if (Files.isDirectory(examples)) {
            try (Stream<Path> folders = Files.list(examples)) {
                folders.map(folder -> folder.resolve("README.md")).filter(Files::isRegularFile).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    static ComponentModel descriptor(ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "The component descriptor " + DESCRIPTOR + " is not on the class path: "
                                                   + "the docs module must depend on the component");
            }
            return JsonMapper.generateComponentModel(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
