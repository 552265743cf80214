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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;

/**
 * One component option as a Spring Boot property: its name, the type Spring Boot binds, the description the IDEs show
 * and the default.
 * <p>
 * It follows camel-spring-boot's generated starters (wrapper types, so that null means "not set"; the option's
 * description; the default as initial value), with three differences: durations are {@link Duration}s, so that
 * {@code 10s} works as well as a number of milliseconds; an object option's description says it takes a bean reference;
 * and an option of the component's configuration object has no initial value, so that an unset property never
 * overwrites what a {@code configuration} bean holds: its default goes to the additional metadata instead.
 */
final class StarterProperty {

    /** The end of an object option's description: how a Spring Boot property sets an object. */
    static final String BEAN_REFERENCE = "The option is a %s type: a bean reference, #bean:name.";

    private static final Map<String, String> WRAPPERS = Map.of("boolean", "java.lang.Boolean", "char", "java.lang.Character",
            "byte", "java.lang.Byte", "short", "java.lang.Short", "int", "java.lang.Integer", "long", "java.lang.Long",
            "float", "java.lang.Float", "double", "java.lang.Double");

    private final ComponentOptionModel option;

    StarterProperty(ComponentOptionModel option) {
        this.option = option;
    }

    /** The Java name: the field and the getter and setter. */
    String name() {
        return option.getName();
    }

    /** The property name after the prefix, dashed as Spring Boot's metadata writes it. */
    String dashedName() {
        StringBuilder dashed = new StringBuilder();
        String name = option.getName();
        for (int i = 0; i < name.length(); i++) {
            char current = name.charAt(i);
            if (Character.isUpperCase(current) && i > 0) {
                dashed.append('-');
            }
            dashed.append(current);
        }
        return dashed.toString().toLowerCase(Locale.ENGLISH);
    }

    /** The fully qualified type of the field. */
    String javaType() {
        if (isDuration()) {
            return Duration.class.getName();
        }
        return WRAPPERS.getOrDefault(option.getJavaType(), option.getJavaType());
    }

    String description() {
        String description = Objects.requireNonNullElse(option.getDescription(), "").strip();
        if (isBeanReference()) {
            description = (description.isEmpty() || description.endsWith(".") ? description : description + ".") + " "
                          + BEAN_REFERENCE.formatted(option.getJavaType());
        }
        return description.strip();
    }

    boolean isDeprecated() {
        return option.isDeprecated();
    }

    boolean isDuration() {
        return "duration".equals(option.getType());
    }

    /** An option of the component's configuration object, which the component also takes as one bean. */
    boolean isOfConfiguration() {
        return option.getConfigurationField() != null && !option.getConfigurationField().isEmpty();
    }

    /**
     * The field's initial value as Java source, for an option of the component itself that has a default.
     *
     * @param  writtenType           the field's type as the source writes it (simple name when imported)
     * @throws IllegalStateException when the default cannot be written for this type
     */
    Optional<String> initializer(String writtenType) {
        Object defaultValue = defaultValue();
        if (defaultValue == null || isOfConfiguration()) {
            return Optional.empty();
        }
        String type = javaType();
        if (isDuration()) {
            return Optional.of(writtenType + ".ofMillis(" + millis(defaultValue) + "L)");
        }
        if (isEnum() && !type.equals(String.class.getName())) {
            return Optional.of(writtenType + "." + defaultValue);
        }
        return Optional.of(switch (type) {
            case "java.lang.String" -> '"' + defaultValue.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case "java.lang.Boolean" -> Boolean.toString(Boolean.parseBoolean(defaultValue.toString()));
            case "java.lang.Integer" -> Integer.toString(number(defaultValue).intValueExact());
            case "java.lang.Long" -> number(defaultValue).longValueExact() + "L";
            case "java.lang.Double" -> number(defaultValue).doubleValue() + "D";
            case "java.lang.Float" -> number(defaultValue).floatValue() + "F";
            default -> throw new IllegalStateException(
                    "Option " + name() + ": cannot write its default '" + defaultValue
                                                       + "' as a Java " + type + "; extend StarterProperty.initializer()");
        });
    }

    /**
     * The default Spring Boot cannot read from the class, as the additional metadata writes it: a number, a boolean or
     * text (a duration as {@code 10s} or {@code 500ms}).
     */
    Optional<Object> metadataDefault() {
        Object defaultValue = defaultValue();
        if (defaultValue == null || !isOfConfiguration()) {
            return Optional.empty();
        }
        if (isDuration()) {
            long millis = millis(defaultValue);
            return Optional.of(millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms");
        }
        return Optional.of(switch (javaType()) {
            case "java.lang.Boolean" -> Boolean.parseBoolean(defaultValue.toString());
            case "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte" ->
                number(defaultValue).toBigIntegerExact();
            case "java.lang.Double", "java.lang.Float" -> number(defaultValue);
            default -> defaultValue.toString();
        });
    }

    private Object defaultValue() {
        Object defaultValue = option.getDefaultValue();
        return defaultValue == null || defaultValue.toString().isEmpty() ? null : defaultValue;
    }

    private boolean isEnum() {
        return option.getEnums() != null && !option.getEnums().isEmpty();
    }

    private boolean isBeanReference() {
        return "object".equals(option.getType()) && !isEnum();
    }

    private long millis(Object defaultValue) {
        try {
            return Long.parseLong(defaultValue.toString());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    "Option " + name() + ": the duration default '" + defaultValue
                                            + "' is not a number of milliseconds",
                    e);
        }
    }

    private static BigDecimal number(Object value) {
        return new BigDecimal(value.toString());
    }
}
