package io.github.camelbitrix24.notify.tooling.starter;

import java.util.List;

/**
 * The additional Spring Boot metadata of a starter: the defaults of the options that have no initial value in the
 * configuration class, so that the IDEs still show them. spring-boot-configuration-processor merges the file into
 * the {@code spring-configuration-metadata.json} it writes.
 */
final class AdditionalMetadataSource {

    private final StarterComponent component;

    AdditionalMetadataSource(StarterComponent component) {
        this.component = component;
    }

    String render() {
        List<String> entries = component.properties().stream()
                .flatMap(property -> property.metadataDefault().stream().map(value -> "    {\n"
                        + "      \"name\": " + json(component.prefix() + "." + property.dashedName()) + ",\n"
                        + "      \"defaultValue\": " + json(value) + "\n"
                        + "    }"))
                .toList();
        return "{\n  \"properties\": [" + (entries.isEmpty() ? "" : "\n" + String.join(",\n", entries) + "\n  ") + "]\n}\n";
    }

    private static String json(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
