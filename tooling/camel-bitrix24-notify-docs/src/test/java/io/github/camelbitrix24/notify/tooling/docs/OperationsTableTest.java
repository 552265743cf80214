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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference's table of operations lists the component's twelve, in its order, each with its Bitrix24 method and the
 * parameter its body feeds; the table of body types names each once, the ones that take no body as ignoring it; and the
 * page has a section of examples for each.
 */
class OperationsTableTest {

    private static final Path REFERENCE = DocsPages.root().resolve("docs/bitrix24-notify-component.md");

    @Test
    void theTableListsEveryOperationWithItsMethodAndBody() {
        List<String> lines = DocsPages.lines(REFERENCE);
        int header = lines.indexOf("| operation | Bitrix24 method | body in | body out |");
        assertThat(header).as("the operations table").isPositive();
        List<String[]> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(Arrays.stream(lines.get(i).split("\\|")).map(String::strip).skip(1).toArray(String[]::new));
        }

        assertThat(rows).extracting(row -> row[0].replace("`", ""))
                .containsExactly(
                        Arrays.stream(Bitrix24Operation.values()).map(Bitrix24Operation::uriName).toArray(String[]::new));
        for (String[] row : rows) {
            Bitrix24Operation operation = Bitrix24Operation.fromName(row[0].replace("`", ""));
            assertThat(row[1]).as(operation + "'s method").isEqualTo(operation.method());
            if (operation.bodyParameter() == null) {
                assertThat(row[2]).as(operation + " takes no body").isEqualTo("ignored");
            } else {
                assertThat(row[2]).as(operation + "'s body parameter").contains("(" + operation.bodyParameter().name() + ")");
            }
        }
    }

    @Test
    void theBodyTypesTableNamesEveryOperationOnceAndIgnoresTheBodyOfThoseThatTakeNone() {
        List<String> lines = DocsPages.lines(REFERENCE);
        int header = lines.indexOf("| operation | accepted body types | what happens |");
        assertThat(header).as("the body types table").isPositive();
        List<String> named = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] row = Arrays.stream(lines.get(i).split("\\|")).map(String::strip).skip(1).toArray(String[]::new);
            for (String name : row[0].replace("`", "").split(",")) {
                Bitrix24Operation operation = Bitrix24Operation.fromName(name.strip());
                named.add(operation.uriName());
                assertThat(row[2].equals("ignored")).as(operation + " ignores its body")
                        .isEqualTo(operation.bodyParameter() == null);
                if (operation.bodyParameter() != null) {
                    assertThat(row[2]).as(operation + "'s body parameter").contains(operation.bodyParameter().name());
                }
            }
        }

        assertThat(named).containsExactlyInAnyOrder(Arrays.stream(Bitrix24Operation.values()).map(Bitrix24Operation::uriName)
                .toArray(String[]::new));
    }

    @Test
    void everyOperationHasASectionWithAnExampleInEachDsl() {
        List<String> lines = DocsPages.lines(REFERENCE);
        for (Bitrix24Operation operation : Bitrix24Operation.values()) {
            int section = lines.indexOf("### " + operation.uriName());
            assertThat(section).as("### " + operation.uriName()).isPositive();
            List<String> markers = lines.subList(section, lines.size()).stream()
                    .filter(line -> line.startsWith("<!-- snippet: ") && line.contains("#" + operation.uriName() + " -->"))
                    .toList();
            assertThat(markers).as(operation + "'s examples").hasSize(3)
                    .anySatisfy(marker -> assertThat(marker).contains(".java#"))
                    .anySatisfy(marker -> assertThat(marker).contains(".yaml#"))
                    .anySatisfy(marker -> assertThat(marker).contains(".xml#"));
        }
    }
}
