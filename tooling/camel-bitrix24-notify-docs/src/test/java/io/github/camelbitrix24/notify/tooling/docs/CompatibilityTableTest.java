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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of docs/compatibility.md names every module of compat/ (but the shared compat-tests), each row's test is a
 * test class of its module, a camel-main row gives the Camel version its module runs on, and the README shows the same
 * table.
 */
class CompatibilityTableTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ROW_MODULE = Pattern.compile("`compat/([\\w.-]+)`(?:: `(\\w+)`)?");
    private static final Pattern COMPAT_VERSION = Pattern.compile("<compat\\.camel\\.version>([\\d.]+)<");
    private static final Pattern CAMEL_VERSION = Pattern.compile("<camel\\.version>([\\d.]+)<");
    /** Modules that are no row: the shared test application and the parent of the rows with their own BOMs. */
    private static final List<String> NOT_ROWS = List.of("compat-tests", "conventions");

    @Test
    void everyCompatModuleIsARowOfTheTable() throws IOException {
        List<String> rows = tableRows();
        List<String> named = new ArrayList<>();
        for (String row : rows) {
            Matcher module = ROW_MODULE.matcher(row);
            while (module.find()) {
                named.add(module.group(1));
            }
        }

        assertThat(named).containsAll(modules(DocsPages.root().resolve("compat/pom.xml")));
    }

    @Test
    void eachRowsTestIsATestOfItsModuleOnTheVersionItSays() throws IOException {
        List<String> checked = new ArrayList<>();
        for (String row : tableRows()) {
            Matcher module = ROW_MODULE.matcher(row);
            if (!module.find() || module.group(2) == null) {
                continue;
            }
            Path moduleDirectory = DocsPages.root().resolve("compat").resolve(module.group(1));
            assertThat(testClass(moduleDirectory, module.group(2))).as(row).isRegularFile();
            String[] cells = row.split("\\|");
            if (cells[1].contains("camel-main")) {
                assertThat(cells[2]).as(row).contains(camelVersion(moduleDirectory));
            }
            checked.add(module.group(2));
        }

        assertThat(checked).as("rows with a module and a test").isNotEmpty();
    }

    @Test
    void theReadmeShowsTheSameTable() {
        List<String> readme = new ArrayList<>();
        boolean inTable = false;
        for (String line : DocsPages.lines(DocsPages.root().resolve("README.md"))) {
            if (line.startsWith("<!-- compat table")) {
                inTable = true;
            } else if (inTable && line.startsWith("| ") && !line.startsWith("| runtime ")) {
                readme.add(line);
            } else if (inTable && line.isBlank() && !readme.isEmpty()) {
                break;
            }
        }
        List<String> page = tableRows().stream().map(row -> row.replace("](#", "](docs/compatibility.md#")).toList();

        assertThat(readme).as("the rows under <!-- compat table --> in README.md, links made relative to the README")
                .containsExactlyElementsOf(page);
    }

    private static List<String> tableRows() {
        List<String> rows = new ArrayList<>();
        for (String line : DocsPages.lines(DocsPages.root().resolve("docs/compatibility.md"))) {
            if (line.startsWith("| ") && !line.startsWith("| runtime ")) {
                rows.add(line);
            }
        }
        return rows;
    }

    private static List<String> modules(Path pom) throws IOException {
        List<String> modules = new ArrayList<>();
        Matcher module = MODULE.matcher(Files.readString(pom));
        while (module.find()) {
            if (!NOT_ROWS.contains(module.group(1))) {
                modules.add(module.group(1));
            }
        }
        return modules;
    }

    private static Path testClass(Path moduleDirectory, String simpleName) throws IOException {
        try (var files = Files.walk(moduleDirectory.resolve("src/test/java"))) {
            return files.filter(file -> file.getFileName().toString().equals(simpleName + ".java")).findFirst()
                    .orElse(moduleDirectory.resolve("src/test/java").resolve(simpleName + ".java"));
        }
    }

    /** The module's pinned Camel version, else its camel.version, else the root pom's. */
    private static String camelVersion(Path moduleDirectory) throws IOException {
        String pom = Files.readString(moduleDirectory.resolve("pom.xml"));
        Matcher pinned = COMPAT_VERSION.matcher(pom);
        if (pinned.find()) {
            return pinned.group(1);
        }
        Matcher own = CAMEL_VERSION.matcher(pom);
        if (own.find()) {
            return own.group(1);
        }
        Matcher root = CAMEL_VERSION.matcher(Files.readString(DocsPages.root().resolve("pom.xml")));
        assertThat(root.find()).as("camel.version of the root pom").isTrue();
        return root.group(1);
    }
}
