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
package io.github.camelbitrix24.notify.tooling.starter;

import java.util.ArrayList;
import java.util.List;

/**
 * The additional Spring Boot metadata of a starter: the description of the customizer switch, and the defaults of the
 * options that have no initial value in the configuration class, so that the IDEs still show them.
 * spring-boot-configuration-processor merges the file into the {@code spring-configuration-metadata.json} it writes:
 * what an entry says replaces what the processor found for a property of the same name.
 */
final class AdditionalMetadataSource {

    private final StarterComponent component;

    AdditionalMetadataSource(StarterComponent component) {
        this.component = component;
    }

    String render() {
        List<String> entries = new ArrayList<>();
        entries.add(customizerSwitch());
        component.properties().forEach(property -> property.metadataDefault().ifPresent(value -> entries.add("    {\n"
                                                                                                             + "      \"name\": "
                                                                                                             + json(component
                                                                                                                     .prefix()
                                                                                                                    + "."
                                                                                                                    + property
                                                                                                                            .dashedName())
                                                                                                             + ",\n"
                                                                                                             + "      \"defaultValue\": "
                                                                                                             + json(value)
                                                                                                             + "\n"
                                                                                                             + "    }")));
        return "{\n  \"properties\": [\n" + String.join(",\n", entries) + "\n  ]\n}\n";
    }

    /**
     * {@code customizer.enabled}: the field is camel-spring-boot's, in a compiled superclass, so the processor finds no
     * javadoc to describe it with.
     */
    private String customizerSwitch() {
        String description = "Whether the " + component.prefix() + ".* properties are applied to the " + component.scheme()
                             + " component (by its component customizer); overrides camel.component.customizer.enabled."
                             + " This is enabled by default.";
        return "    {\n"
               + "      \"name\": " + json(component.prefix() + ".customizer.enabled") + ",\n"
               + "      \"description\": " + json(description) + ",\n"
               + "      \"defaultValue\": true\n"
               + "    }";
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
