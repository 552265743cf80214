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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.camel.tooling.model.BaseOptionModel;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointHeaderModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointOptionModel;

/**
 * The component's options, its endpoint's options and its message headers as Camel's documentation lists them (name and
 * group, description, default, type), written from the component descriptor and nothing else.
 */
final class DescriptorTables {

    private final ComponentModel model;

    DescriptorTables(ComponentModel model) {
        this.model = model;
    }

    List<String> componentOptions() {
        List<String> lines = new ArrayList<>();
        lines.add("## Component options");
        lines.add("");
        lines.add("The " + model.getTitle() + " component supports " + model.getComponentOptions().size()
                  + " options, which are listed below.");
        lines.add("");
        lines.addAll(optionTable(sorted(model.getComponentOptions())).lines());
        return lines;
    }

    List<String> endpointOptions() {
        List<EndpointOptionModel> path = sorted(model.getEndpointPathOptions());
        List<EndpointOptionModel> query = sorted(model.getEndpointParameterOptions());
        List<String> lines = new ArrayList<>();
        lines.add("## Endpoint options");
        lines.add("");
        lines.add(
                "The " + model.getTitle() + " endpoint is configured using URI syntax " + MarkdownTable.code(model.getSyntax())
                  + " with the following path and query parameters.");
        lines.add("");
        lines.add("### Path parameters (" + count(path.size(), "parameter") + ")");
        lines.add("");
        lines.addAll(optionTable(path).lines());
        lines.add("");
        lines.add("### Query parameters (" + count(query.size(), "parameter") + ")");
        lines.add("");
        lines.addAll(optionTable(query).lines());
        return lines;
    }

    List<String> messageHeaders() {
        List<EndpointHeaderModel> headers = sorted(model.getEndpointHeaders());
        List<String> lines = new ArrayList<>();
        lines.add("## Message headers");
        lines.add("");
        lines.add("The " + model.getTitle() + " component supports " + headers.size()
                  + " message headers, which are listed below.");
        lines.add("");
        MarkdownTable table = new MarkdownTable("Name", "Description", "Default", "Type");
        for (EndpointHeaderModel header : headers) {
            String constant = constant(header.getConstantName());
            String name = "**" + MarkdownTable.text(header.getName()) + "**" + group(header)
                          + (constant.isEmpty() ? "" : " Constant: " + MarkdownTable.code(constant));
            table.row(name, description(header), defaultValue(header), MarkdownTable.code(shortType(header.getJavaType())));
        }
        lines.addAll(table.lines());
        return lines;
    }

    /**
     * {@code io.github...Bitrix24NotifyConstants#OPERATION} as {@code Bitrix24NotifyConstants.OPERATION}: what a route
     * writes, with its class, as Camel's pages show a header's constant.
     */
    static String constant(String constantName) {
        if (constantName == null || constantName.isEmpty()) {
            return "";
        }
        int hash = constantName.indexOf('#');
        String className = hash < 0 ? constantName : constantName.substring(0, hash);
        String field = hash < 0 ? "" : "." + constantName.substring(hash + 1);
        return className.substring(className.lastIndexOf('.') + 1) + field;
    }

    /** The first screen's line, as Camel's component pages start: since, support level, producer and consumer. */
    List<String> summary() {
        String kinds;
        if (model.isProducerOnly()) {
            kinds = "Only producer is supported";
        } else if (model.isConsumerOnly()) {
            kinds = "Only consumer is supported";
        } else {
            kinds = "Both producer and consumer are supported";
        }
        return List.of("**Since " + MarkdownTable.text(model.getFirstVersion()) + "** · **Support level: "
                       + MarkdownTable.text(model.getSupportLevel().name()) + "** · **" + kinds + "**");
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private MarkdownTable optionTable(List<? extends BaseOptionModel> options) {
        MarkdownTable table = new MarkdownTable("Name", "Description", "Default", "Type");
        for (BaseOptionModel option : options) {
            table.row("**" + MarkdownTable.text(option.getName()) + "**" + group(option), description(option),
                    defaultValue(option), MarkdownTable.code(type(option)));
        }
        return table;
    }

    private static String group(BaseOptionModel option) {
        String group = option.getGroup();
        return group == null || group.isEmpty() ? "" : " (" + MarkdownTable.text(group) + ")";
    }

    private static String description(BaseOptionModel option) {
        StringBuilder text = new StringBuilder();
        if (option.isRequired()) {
            text.append("**Required** ");
        }
        if (option.isDeprecated()) {
            text.append("**Deprecated** ");
        }
        text.append(MarkdownTable.text(option.getDescription()));
        List<String> enums = option.getEnums();
        if (enums != null && !enums.isEmpty()) {
            text.append(text.isEmpty() || text.toString().endsWith(".") ? " " : ". ")
                    .append("One of: ")
                    .append(enums.stream().map(MarkdownTable::code).collect(Collectors.joining(", ")))
                    .append('.');
        }
        if (option.isSecret()) {
            text.insert(0, "**Secret** ");
        }
        if (option.isMultiValue() && option.getPrefix() != null) {
            text.append(" Prefix: ").append(MarkdownTable.code(option.getPrefix())).append('.');
        }
        return text.toString().strip();
    }

    /** The default as the descriptor gives it; a duration's milliseconds as {@code 10s} or {@code 500ms}. */
    private static String defaultValue(BaseOptionModel option) {
        Object value = option.getDefaultValue();
        if (value == null || value.toString().isEmpty()) {
            return "";
        }
        String text = value.toString();
        if ("duration".equals(option.getType()) && text.matches("\\d+")) {
            long millis = Long.parseLong(text);
            text = millis % 1000 == 0 && millis > 0 ? millis / 1000 + "s" : millis + "ms";
        }
        return MarkdownTable.code(text);
    }

    private static String type(BaseOptionModel option) {
        if ("duration".equals(option.getType())) {
            return "Duration";
        }
        return shortType(option.getJavaType());
    }

    /** {@code java.util.Map<java.lang.String, java.lang.Object>} as {@code Map<String, Object>}. */
    static String shortType(String javaType) {
        if (javaType == null) {
            return "";
        }
        StringBuilder type = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (char c : (javaType + " ").toCharArray()) {
            if (Character.isJavaIdentifierPart(c) || c == '.' || c == '$') {
                word.append(c);
            } else {
                String name = word.toString();
                int dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'));
                type.append(name.substring(dot + 1)).append(c);
                word.setLength(0);
            }
        }
        return type.toString().strip();
    }

    private static <T extends BaseOptionModel> List<T> sorted(List<T> options) {
        return options.stream().filter(Objects::nonNull).sorted(Comparator.comparingInt(BaseOptionModel::getIndex)).toList();
    }
}
