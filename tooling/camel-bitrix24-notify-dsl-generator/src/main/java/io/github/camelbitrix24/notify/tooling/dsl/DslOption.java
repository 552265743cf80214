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
package io.github.camelbitrix24.notify.tooling.dsl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.camel.tooling.model.ComponentModel.EndpointOptionModel;

/**
 * One query option of an endpoint as builder methods: which builders carry it (by its label, as Camel's EndpointDslMojo
 * places them: a consumer option on the consumer builders, a producer option on the producer builders, any other on
 * all), whether on their advanced view, and the type of its typed setter.
 * <p>
 * It differs from Camel's in one point: a wrapper type ({@code java.lang.Long}) is set with its primitive
 * ({@code long}), so that {@code userId(5)} compiles as it does for a primitive option; a builder never sets null.
 */
final class DslOption {

    /** Where the builders carry an option. */
    enum Place {
        CONSUMER,
        PRODUCER,
        COMMON
    }

    private static final Map<String, String> PRIMITIVES = Map.of("java.lang.Boolean", "boolean", "java.lang.Character", "char",
            "java.lang.Byte", "byte", "java.lang.Short", "short", "java.lang.Integer", "int", "java.lang.Long", "long",
            "java.lang.Float", "float", "java.lang.Double", "double");

    private final EndpointOptionModel option;
    private final List<String> labels;

    DslOption(EndpointOptionModel option) {
        this.option = option;
        this.labels = option.getLabel() == null || option.getLabel().isBlank()
                ? List.of() : Arrays.stream(option.getLabel().split(",")).map(String::strip).toList();
    }

    String name() {
        return option.getName();
    }

    Place place() {
        if (labels.contains("consumer")) {
            return Place.CONSUMER;
        }
        return labels.contains("producer") ? Place.PRODUCER : Place.COMMON;
    }

    boolean isAdvanced() {
        return labels.contains("advanced");
    }

    boolean isSecret() {
        return option.isSecret();
    }

    boolean isDeprecated() {
        return option.isDeprecated();
    }

    /** A map option set one key at a time under a prefix, such as {@code scheduler.}. */
    boolean isMultiValue() {
        return option.isMultiValue();
    }

    String prefix() {
        return Objects.requireNonNullElse(option.getPrefix(), "");
    }

    /** The descriptor's Java type, as the javadoc names it. */
    String javaType() {
        return option.getJavaType();
    }

    /** The parameter type of the typed setter, as the source writes it. */
    String parameterType() {
        String type = PRIMITIVES.getOrDefault(option.getJavaType(), option.getJavaType());
        return withoutJavaLang(type);
    }

    /**
     * Whether the option also has a setter taking text: a property placeholder, a bean reference, a duration as 10s.
     */
    boolean hasTextSetter() {
        return !parameterType().equals("String");
    }

    /** The javadoc of its setters: the description, then its type, default, group and flags, as Camel writes them. */
    List<String> javadoc(boolean textSetter) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(Objects.requireNonNullElse(option.getDescription(), "").strip());
        String type = "{@code " + withoutJavaLang(option.getJavaType()) + "}";
        paragraphs.add(textSetter
                ? "The option will be converted to a " + type + " type" + textSetterHint() + "."
                : "The option is a " + type + " type.");
        List<String> facts = new ArrayList<>();
        Object defaultValue = option.getDefaultValue();
        if (defaultValue != null && !defaultValue.toString().isEmpty()) {
            facts.add("Default: " + defaultValue);
        }
        if (option.getEnums() != null && !option.getEnums().isEmpty()) {
            facts.add("One of: " + String.join(", ", option.getEnums()));
        }
        if (option.isSecret()) {
            facts.add("Secret: masked when the builder shows its URI");
        }
        facts.add("Group: " + option.getGroup());
        paragraphs.add(String.join("; ", facts) + ".");
        if (option.isDeprecated()) {
            paragraphs.add("@deprecated " + Objects.requireNonNullElse(option.getDeprecationNote(), "see the description"));
        }
        return paragraphs;
    }

    private String textSetterHint() {
        if ("duration".equals(option.getType())) {
            return " (a number of milliseconds, or a duration such as 10s)";
        }
        if ("object".equals(option.getType()) && (option.getEnums() == null || option.getEnums().isEmpty())) {
            return " (a bean reference such as #myBean, or a property placeholder)";
        }
        return " (or a property placeholder such as {{name}})";
    }

    /** {@code java.lang.String} as {@code String}, also inside type arguments. */
    static String withoutJavaLang(String type) {
        return type.replaceAll("\\bjava\\.lang\\.([A-Z]\\w*)\\b(?!\\.)", "$1");
    }
}
