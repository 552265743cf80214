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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.camel.tooling.model.BaseOptionModel;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated sections are where readers look for them, and whole: DocsUpToDateTest catches a table that differs from
 * what the build renders, this test a page that lost its markers (and so its table) or a source the table would miss.
 */
class GeneratedSectionsTest {

    private static final Path REFERENCE = Path.of("docs/bitrix24-notify-component.md");

    @Test
    void theReferenceStartsWithTheSummaryAndTheVersionsItRunsOn() {
        List<String> lines = DocsPages.lines(DocsPages.root().resolve(REFERENCE));
        List<String> firstScreen = lines.subList(0, 12);

        assertThat(firstScreen).contains("<!-- component summary: START -->",
                "**Since 0.1.0** · **Support level: Preview** · **Both producer and consumer are supported**");
        assertThat(String.join("\n", firstScreen)).contains("(compatibility.md)");
    }

    @Test
    void everyHeaderIsShownWithItsConstantAndClass() throws IOException {
        ComponentModel model = DocsGenerator.descriptor(Thread.currentThread().getContextClassLoader());
        String reference = String.join("\n", DocsPages.lines(DocsPages.root().resolve(REFERENCE)));

        assertThat(model.getEndpointHeaders()).isNotEmpty().allSatisfy(header -> assertThat(reference)
                .contains("| **" + header.getName() + "** (" + header.getGroup() + ") Constant: `"
                          + DescriptorTables.constant(header.getConstantName()) + "` |")
                .contains("Constant: `Bitrix24NotifyConstants."));
    }

    @Test
    void theSpringBootTableListsEveryPropertyOfTheStarterAndTheStarterEveryComponentOption() throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<String> properties = new SpringBootPropertiesTable(loader).properties().stream()
                .map(property -> (String) property.get("name")).toList();
        ComponentModel model = DocsGenerator.descriptor(loader);
        List<String> reference = DocsPages.lines(DocsPages.root().resolve(REFERENCE));

        assertThat(properties).as("a property for every component option")
                .containsAll(model.getComponentOptions().stream().map(BaseOptionModel::getName)
                        .map(name -> SpringBootPropertiesTable.PREFIX + StringHelper.camelCaseToDash(name)).toList());
        assertThat(reference).contains("<!-- spring boot options: START -->",
                "The starter supports " + properties.size() + " options, which are listed below.");
        assertThat(properties)
                .allSatisfy(name -> assertThat(reference).anyMatch(line -> line.startsWith("| **" + name + "** |")));
    }

    @Test
    void theKameletsPageHasATableOfEveryPropertyOfEveryKamelet() {
        KameletTables kamelets = new KameletTables(DocsPages.root());
        List<String> page = DocsPages.lines(DocsPages.root().resolve("docs/kamelets.md"));

        assertThat(kamelets.files()).hasSize(4).allSatisfy(file -> {
            String name = file.getFileName().toString().replace(KameletTables.SUFFIX, "");
            assertThat(page).contains("## " + name);
            Map<String, Object> properties = kamelets.properties(file);
            assertThat(properties).isNotEmpty();
            assertThat(page).contains("The Kamelet has " + properties.size() + " properties, which are listed below.");
            properties.keySet().forEach(
                    property -> assertThat(page).anyMatch(line -> line.startsWith("| **" + property + "** |")));
        });
    }
}
