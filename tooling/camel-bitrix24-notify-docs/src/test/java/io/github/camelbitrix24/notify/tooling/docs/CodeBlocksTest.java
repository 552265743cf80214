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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code block of README.md and docs/*.md is one a test compiles or runs, or the build writes: it stands right
 * under a {@code <!-- snippet: ... -->} or {@code <!-- dependency: ... -->} marker (DocsUpToDateTest checks its
 * content). The exceptions, and only these: Mermaid diagrams, and shell commands, which cannot run here (Camel JBang, a
 * cluster, a real portal) and are checked by {@link ShellCommands} instead. An indented code block is never allowed: it
 * could not carry a marker.
 */
class CodeBlocksTest {

    private static final Pattern MARKER = Pattern.compile("^<!-- (snippet|dependency): .+ -->$");
    /** The blocks exempt from coming from a tested source: diagrams, and shell commands checked otherwise. */
    private static final Set<String> EXEMPT_LANGUAGES = Set.of("mermaid", "bash");
    /**
     * Pages written on other branches while the docs got their markers, whose code blocks are not under markers yet:
     * their authors move them into tested sources. A page leaves this list once it has no unmarked block (the test
     * below fails while it stays listed without need), and nothing may join it.
     */
    private static final Set<String> PAGES_NOT_YET_UNDER_MARKERS = Set.of();

    @Test
    void everyCodeBlockComesFromATestedSourceOrTheBuild() {
        List<String> problems = new ArrayList<>();
        Set<String> pending = new TreeSet<>();
        for (Path page : DocsPages.pages()) {
            List<String> lines = DocsPages.lines(page);
            String name = DocsPages.name(page);
            for (CodeFence fence : CodeFence.of(lines)) {
                boolean marked = fence.opening() > 0 && MARKER.matcher(lines.get(fence.opening() - 1).strip()).matches();
                if (marked || EXEMPT_LANGUAGES.contains(fence.language())) {
                    continue;
                }
                if (PAGES_NOT_YET_UNDER_MARKERS.contains(name)) {
                    pending.add(name);
                } else {
                    problems.add(name + ":" + (fence.opening() + 1) + " a ```" + fence.language()
                                 + " block with no <!-- snippet: path#tag --> above it: move its code into a source a "
                                 + "test runs, between tag::name[] and end::name[], and name that region above the block");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(pending).as("pages to take off PAGES_NOT_YET_UNDER_MARKERS: every block of theirs is under a marker")
                .containsExactlyInAnyOrderElementsOf(PAGES_NOT_YET_UNDER_MARKERS.stream()
                        .filter(name -> Files.exists(DocsPages.root().resolve(name))).toList());
    }

    @Test
    void everyShellBlockNamesCommandsFilesModulesAndProfilesThatExist() {
        ShellCommands shell = new ShellCommands(DocsPages.root(), System.getProperty("project.version"));
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        for (Path page : DocsPages.pages()) {
            for (CodeFence fence : CodeFence.of(DocsPages.lines(page))) {
                if (fence.language().equals("bash")) {
                    blocks++;
                    shell.check(fence.body()).forEach(problem -> problems.add(DocsPages.name(page) + ":"
                                                                              + (fence.opening() + 1) + " " + problem));
                }
            }
        }
        assertThat(blocks).isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void noPageHasAnIndentedCodeBlock() {
        List<String> problems = new ArrayList<>();
        for (Path page : DocsPages.pages()) {
            List<String> lines = DocsPages.lines(page);
            List<CodeFence> fences = CodeFence.of(lines);
            for (int i = 1; i < lines.size(); i++) {
                int line = i;
                boolean inFence = fences.stream().anyMatch(f -> line >= f.opening() && line <= f.closing());
                if (!inFence && lines.get(i).startsWith("    ") && !lines.get(i).isBlank() && lines.get(i - 1).isBlank()
                        && !continuesAListItem(lines, i)) {
                    problems.add(DocsPages.name(page) + ":" + (i + 1) + " an indented code block: fence it under a marker");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Whether an indented line after a blank one belongs to the list item above it. */
    private static boolean continuesAListItem(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith(" ")) {
                continue;
            }
            return line.matches("^([-*+]|\\d+\\.)\\s.*");
        }
        return false;
    }
}
