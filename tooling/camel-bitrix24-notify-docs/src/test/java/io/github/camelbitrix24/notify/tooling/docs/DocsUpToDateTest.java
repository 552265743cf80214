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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README.md and docs/*.md hold what the build writes into them: the tables of the descriptor and the model, the Maven
 * dependencies, and the snippets of the example sources. The build's generator rewrites a page that was out of date and
 * names it in target/docs-drift; this test then fails, until the rewritten page is committed.
 */
class DocsUpToDateTest {

    private static final String HOW_TO = "The build rewrote it from the component descriptor, the model and the example "
                                         + "sources: review the change (git diff) and commit it. To render the docs alone: mvn -B -ntp -o process-classes "
                                         + "-pl tooling/camel-bitrix24-notify-docs -am. A snippet is changed in its source (the path in the "
                                         + "<!-- snippet: ... --> above it), never in the page.";

    @Test
    void theBuildRewroteNoPage() throws IOException {
        Path drift = Path.of(System.getProperty("docs.drift", "target/docs-drift")).resolve(DocsGenerator.DRIFT_FILE);
        List<String> rewritten = Files.exists(drift)
                ? Files.readAllLines(drift).stream().filter(line -> !line.isBlank()).toList()
                : List.of();

        assertThat(rewritten).as("Pages that were out of date: " + rewritten + ". " + HOW_TO).isEmpty();
    }

    @Test
    void everyPageIsWhatTheDescriptorAndTheSourcesRender() throws IOException {
        PageRenderer renderer = DocsGenerator.renderer(DocsPages.root());
        List<String> stale = new ArrayList<>();
        for (Path page : DocsPages.pages()) {
            String current = Files.readString(page);
            if (!renderer.render(current).equals(current)) {
                stale.add(DocsPages.name(page));
            }
        }

        assertThat(stale)
                .as("Pages out of date: " + stale + ". " + HOW_TO.replace("The build rewrote it", "Build to rewrite them"))
                .isEmpty();
    }
}
