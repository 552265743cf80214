package io.github.camelbitrix24.notify.tooling.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.BaseOptionModel;
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
