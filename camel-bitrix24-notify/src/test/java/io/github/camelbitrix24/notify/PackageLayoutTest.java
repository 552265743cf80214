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
package io.github.camelbitrix24.notify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering the packages promise, read from the sources of the component and of the client module, every sub-package
 * on its own: each package names only the packages {@link #ALLOWED} lets it, every allowed arrow points down
 * {@link #LAYERS}, and the client names nothing of Camel nor of the component. Within the root package, class by class:
 * no class names one that names it back, however far round, and nothing names the component.
 */
class PackageLayoutTest {

    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/io/github/camelbitrix24/notify"),
            Path.of("../bitrix24-notify-client/src/main/java/io/github/camelbitrix24/notify"));
    /** A type named by its full name, in an import or in the text: its package, and the type. */
    private static final Pattern REFERENCE = Pattern.compile("io\\.github\\.camelbitrix24\\.notify\\.((?:[a-z]\\w*\\.)*)[A-Z]");
    private static final String ROOT = "(root)";

    /** The packages from the top down; an arrow goes only to a lower layer, never within one. */
    private static final List<Set<String>> LAYERS = List.of(
            Set.of("dsl"),
            Set.of(ROOT),
            Set.of("apps"),
            Set.of("management"),
            Set.of("producer"),
            Set.of("consumer"),
            Set.of("operation"),
            Set.of("model"),
            Set.of("model.attach"),
            Set.of("client"),
            Set.of("client.limits", "client.batching", "client.retry", "client.oauth"),
            Set.of("client.stats"),
            Set.of("client.call"),
            Set.of("client.config"));

    /** Which packages each package may name. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // the typed Java DSL: its generated factory names the header constants and the types of the options
            Map.entry("dsl", Set.of(ROOT, "consumer", "model", "client.config")),
            Map.entry(ROOT, Set.of("management", "producer", "consumer", "operation", "model", "model.attach", "client",
                    "client.limits", "client.batching", "client.retry", "client.oauth", "client.stats", "client.call",
                    "client.config")),
            // the application's handler URL: it keeps the portal directory
            Map.entry("apps", Set.of("client.config")),
            Map.entry("management", Set.of("client.stats", "client.call")),
            Map.entry("producer", Set.of("operation", "model", "model.attach", "client.call")),
            Map.entry("consumer", Set.of("model")),
            Map.entry("operation", Set.of("model", "client.call")),
            Map.entry("model", Set.of("model.attach")),
            Map.entry("model.attach", Set.of()),
            Map.entry("client", Set.of("client.limits", "client.batching", "client.retry", "client.oauth",
                    "client.stats", "client.call", "client.config")),
            Map.entry("client.limits", Set.of("client.stats", "client.call", "client.config")),
            Map.entry("client.batching", Set.of("client.stats", "client.call")),
            Map.entry("client.retry", Set.of("client.stats", "client.call")),
            Map.entry("client.oauth", Set.of("client.stats", "client.call", "client.config")),
            Map.entry("client.stats", Set.of("client.call")),
            Map.entry("client.call", Set.of("client.config")),
            Map.entry("client.config", Set.of()));

    /** For each package, the packages its sources name. */
    private static final Map<String, Set<String>> USES = new TreeMap<>();
    private static final Map<String, List<String>> CAMEL_IMPORTS = new TreeMap<>();
    /** The sources of the root package's classes, by simple name. */
    private static final Map<String, String> ROOT_SOURCES = new TreeMap<>();
    /** For each class of the root package, the root classes its source names (by simple name, comments included). */
    private static final Map<String, Set<String>> ROOT_NAMES = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        for (Path sources : SOURCES) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    read(sources.relativize(file), Files.readString(file));
                }
            }
        }
        ROOT_SOURCES.forEach((name, text) -> {
            Set<String> named = new TreeSet<>();
            for (String other : ROOT_SOURCES.keySet()) {
                if (!other.equals(name) && Pattern.compile("\\b" + other + "\\b").matcher(text).find()) {
                    named.add(other);
                }
            }
            ROOT_NAMES.put(name, named);
        });
    }

    private static void read(Path relative, String text) {
        String from = packageOf(relative);
        USES.computeIfAbsent(from, key -> new TreeSet<>());
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            String named = reference.group(1);
            String to = named.isEmpty() ? ROOT : named.substring(0, named.length() - 1);
            if (!to.equals(from)) {
                USES.get(from).add(to);
            }
        }
        if (text.contains("org.apache.camel")) {
            CAMEL_IMPORTS.computeIfAbsent(from, key -> new ArrayList<>()).add(relative.toString());
        }
        String file = relative.getFileName().toString();
        if (from.equals(ROOT) && !file.equals("package-info.java")) {
            ROOT_SOURCES.put(file.substring(0, file.length() - ".java".length()), text);
        }
    }

    @Test
    void everyPackageIsInTheTable() {
        assertThat(ALLOWED.keySet()).containsAll(USES.keySet());
        assertThat(LAYERS.stream().flatMap(Set::stream)).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void eachPackageNamesOnlyThePackagesItMay() {
        for (Map.Entry<String, Set<String>> uses : USES.entrySet()) {
            assertThat(uses.getValue()).as("packages %s names", uses.getKey())
                    .isSubsetOf(ALLOWED.getOrDefault(uses.getKey(), Set.of()));
        }
    }

    @Test
    void everyAllowedArrowPointsDown() {
        for (Map.Entry<String, Set<String>> allowed : ALLOWED.entrySet()) {
            for (String to : allowed.getValue()) {
                assertThat(layerOf(to)).as("%s -> %s", allowed.getKey(), to).isGreaterThan(layerOf(allowed.getKey()));
            }
        }
    }

    @Test
    void thePortalClientKnowsNothingOfCamelNorOfTheComponent() {
        assertThat(CAMEL_IMPORTS.keySet()).noneMatch(name -> name.equals("client") || name.startsWith("client."));
        USES.forEach((from, uses) -> {
            if (from.equals("client") || from.startsWith("client.")) {
                assertThat(uses).as("packages %s names", from).allMatch(to -> to.startsWith("client."));
            }
        });
    }

    @Test
    void noPackageDependsOnAnotherThatDependsBackOnIt() {
        for (String start : USES.keySet()) {
            assertThat(reachableFrom(USES, start)).as("packages reachable from %s", start).doesNotContain(start);
        }
    }

    /**
     * The root package's classes stand in floors, the component on top: a lower class gets what it needs handed down
     * (SharedPortals, ServiceLease, PollOptions, Camel's own Component and Endpoint types), so none names the endpoint,
     * the component or another class above it.
     */
    @Test
    void noClassOfTheRootPackageNamesOneThatNamesItBack() {
        assertThat(ROOT_NAMES).as("classes of the root package").containsKeys("Bitrix24NotifyComponent",
                "Bitrix24NotifyEndpoint", "Bitrix24NotifyProducer", "Bitrix24NotifyConsumer");
        for (String start : ROOT_NAMES.keySet()) {
            assertThat(reachableFrom(ROOT_NAMES, start)).as("root classes reachable from %s", start).doesNotContain(start);
        }
    }

    /** The component hands down what its endpoints share; nothing reaches back up to it. */
    @Test
    void noClassNamesTheComponent() {
        ROOT_NAMES.forEach((name, named) -> assertThat(named).as("root classes %s names", name)
                .doesNotContain("Bitrix24NotifyComponent"));
    }

    private static int layerOf(String name) {
        for (int layer = 0; layer < LAYERS.size(); layer++) {
            if (LAYERS.get(layer).contains(name)) {
                return layer;
            }
        }
        throw new AssertionError(name + " is in no layer");
    }

    private static Set<String> reachableFrom(Map<String, Set<String>> arrows, String start) {
        Set<String> seen = new TreeSet<>();
        List<String> next = new ArrayList<>(arrows.getOrDefault(start, Set.of()));
        while (!next.isEmpty()) {
            String name = next.remove(next.size() - 1);
            if (seen.add(name)) {
                next.addAll(arrows.getOrDefault(name, Set.of()));
            }
        }
        return seen;
    }

    private static String packageOf(Path relative) {
        Path directory = relative.getParent();
        return directory == null ? ROOT : directory.toString().replace('/', '.');
    }
}
