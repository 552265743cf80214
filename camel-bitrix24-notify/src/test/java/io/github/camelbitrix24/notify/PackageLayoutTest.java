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
 * The layering the packages promise, read from the sources: the portal client ({@code api}) stands alone, and the
 * root, {@code operation}, {@code producer}, {@code consumer}, {@code model} and {@code api} depend on each other in
 * one direction only.
 */
class PackageLayoutTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/camelbitrix24/notify");
    private static final Pattern REFERENCE = Pattern.compile("io\\.github\\.camelbitrix24\\.notify\\.([a-z]\\w*|[A-Z]\\w*)");
    private static final String ROOT = "(root)";

    /** For each top-level package, the top-level packages its sources name. */
    private static final Map<String, Set<String>> USES = new TreeMap<>();
    private static final Map<String, List<String>> CAMEL_IMPORTS = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String from = topLevelPackage(SOURCES.relativize(file));
                String text = Files.readString(file);
                Matcher reference = REFERENCE.matcher(text);
                while (reference.find()) {
                    String name = reference.group(1);
                    String to = Character.isUpperCase(name.charAt(0)) ? ROOT : name;
                    if (!to.equals(from)) {
                        USES.computeIfAbsent(from, key -> new TreeSet<>()).add(to);
                    }
                }
                if (text.contains("import org.apache.camel.")) {
                    CAMEL_IMPORTS.computeIfAbsent(from, key -> new ArrayList<>()).add(file.getFileName().toString());
                }
            }
        }
    }

    @Test
    void thePortalClientKnowsNothingOfCamelNorOfTheComponent() {
        assertThat(CAMEL_IMPORTS).doesNotContainKey("api");
        assertThat(USES.getOrDefault("api", Set.of())).isEmpty();
    }

    @Test
    void theReadPathSeesOnlyItsOwnModelAndClient() {
        assertThat(USES.get("operation")).containsOnly("api", "model");
        assertThat(USES.get("producer")).containsOnly("api", "model", "operation");
        assertThat(USES.get("consumer")).containsOnly("model");
        assertThat(USES.getOrDefault("model", Set.of())).isEmpty();
    }

    @Test
    void noPackageDependsOnAnotherThatDependsBackOnIt() {
        for (String start : USES.keySet()) {
            assertThat(reachableFrom(start)).as("packages reachable from %s", start).doesNotContain(start);
        }
    }

    private static Set<String> reachableFrom(String start) {
        Set<String> seen = new TreeSet<>();
        List<String> next = new ArrayList<>(USES.getOrDefault(start, Set.of()));
        while (!next.isEmpty()) {
            String name = next.remove(next.size() - 1);
            if (seen.add(name)) {
                next.addAll(USES.getOrDefault(name, Set.of()));
            }
        }
        return seen;
    }

    private static String topLevelPackage(Path relative) {
        return relative.getNameCount() == 1 ? ROOT : relative.getName(0).toString();
    }
}
