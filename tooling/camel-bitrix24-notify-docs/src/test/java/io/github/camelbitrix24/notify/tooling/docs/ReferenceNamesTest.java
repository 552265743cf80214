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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.camel.tooling.model.BaseOptionModel;
import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written table of message options and headers names only options and headers the descriptor has. */
class ReferenceNamesTest {

    @Test
    void everyOptionAndHeaderOfTheMessageOptionsTableExists() throws IOException {
        ComponentModel model = DocsGenerator.descriptor(Thread.currentThread().getContextClassLoader());
        Set<String> options = model.getEndpointOptions().stream().map(BaseOptionModel::getName).collect(Collectors.toSet());
        Set<String> headers = model.getEndpointHeaders().stream().map(BaseOptionModel::getName).collect(Collectors.toSet());
        List<String> lines = DocsPages.lines(DocsPages.root().resolve("docs/bitrix24-notify-component.md"));
        int header = lines.indexOf("| option | header | parameter |");
        assertThat(header).isPositive();

        List<String> problems = new ArrayList<>();
        Pattern code = Pattern.compile("`([^`]+)`");
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            Matcher option = code.matcher(cells[1]);
            while (option.find()) {
                if (!options.contains(option.group(1))) {
                    problems.add("no option " + option.group(1));
                }
            }
            Matcher name = code.matcher(cells[2]);
            while (name.find()) {
                if (!headers.contains(name.group(1))) {
                    problems.add("no header " + name.group(1));
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
