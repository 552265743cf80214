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
package io.github.camelbitrix24.notify.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.convert.converter.GenericConverter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's properties, as spring-boot-configuration-processor published them, against the component's options, as
 * camel-component-maven-plugin published them: names, types, defaults and descriptions. The properties class is
 * generated from the descriptor (tooling/camel-bitrix24-notify-starter-generator), so this guards the generator: an
 * option it missed or rendered differently fails here.
 */
class StarterPropertiesInStepWithComponentTest {

    private static final String DESCRIPTOR = "META-INF/io/github/camelbitrix24/notify/bitrix24-notify.json";
    private static final String SPRING_METADATA = "META-INF/spring-configuration-metadata.json";
    private static final String PREFIX = "camel.component.bitrix24-notify.";
    /** Switches of the auto-configuration itself, not options of the component. */
    private static final Set<String> STARTER_SWITCHES = Set.of("enabled", "customizer.enabled");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Component options by name. */
    private static Map<String, JsonNode> componentOptions;
    /** Starter properties by name, without the prefix. */
    private static Map<String, JsonNode> starterProperties;

    @BeforeAll
    static void readBothDescriptions() throws IOException {
        componentOptions = new TreeMap<>();
        try (InputStream in = resource(DESCRIPTOR).openStream()) {
            JSON.readTree(in).get("componentProperties").properties()
                    .forEach(option -> componentOptions.put(option.getKey(), option.getValue()));
        }
        starterProperties = new TreeMap<>();
        // every Spring Boot jar has its own metadata file: keep the properties under our prefix
        for (URL url : Collections
                .list(StarterPropertiesInStepWithComponentTest.class.getClassLoader().getResources(SPRING_METADATA))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : JSON.readTree(in).get("properties")) {
                    String name = property.get("name").asText();
                    if (name.startsWith(PREFIX)) {
                        starterProperties.put(name.substring(PREFIX.length()), property);
                    }
                }
            }
        }
        assertThat(componentOptions).as("component options in " + DESCRIPTOR).isNotEmpty();
        assertThat(starterProperties).as("starter properties in " + SPRING_METADATA).isNotEmpty();
    }

    @Test
    void everyComponentOptionIsAStarterPropertyWithADescription() {
        List<String> missing = componentOptions.keySet().stream()
                .filter(option -> !starterProperties.containsKey(kebab(option))).toList();
        List<String> undescribed = starterPropertiesOfComponentOptions().entrySet().stream()
                .filter(property -> property.getValue().path("description").asText().isBlank())
                .map(Map.Entry::getKey).toList();

        assertThat(missing).as("component options without a property in Bitrix24NotifyComponentConfiguration").isEmpty();
        assertThat(undescribed).as("component options whose starter property has no description (javadoc on the field)")
                .isEmpty();
    }

    @Test
    void theStartersOwnSwitchesAreDescribed() {
        STARTER_SWITCHES.forEach(name -> {
            assertThat(starterProperties).as("starter properties").containsKey(name);
            assertThat(starterProperties.get(name).path("description").asText()).as("description of %s%s", PREFIX, name)
                    .isNotBlank();
        });
    }

    @Test
    void everyStarterPropertyIsAComponentOption() {
        Set<String> componentNames = componentOptions.keySet().stream().map(StarterPropertiesInStepWithComponentTest::kebab)
                .collect(Collectors.toSet());
        List<String> unknown = starterProperties.keySet().stream()
                .filter(property -> !componentNames.contains(property) && !STARTER_SWITCHES.contains(property)).toList();

        assertThat(unknown).as("starter properties that are no option of the component").isEmpty();
    }

    @Test
    void everyStarterPropertyHasTheComponentOptionsType() {
        starterPropertiesOfComponentOptions().forEach((option, property) -> assertThat(property.path("type").asText())
                .as("type of %s%s", PREFIX, kebab(option)).isEqualTo(starterType(componentOptions.get(option))));
    }

    @Test
    void everyStarterDefaultIsTheComponentDefault() {
        starterPropertiesOfComponentOptions().forEach((option, property) -> {
            JsonNode starterDefault = property.get("defaultValue");
            JsonNode componentDefault = componentOptions.get(option).get("defaultValue");
            if ("duration".equals(componentOptions.get(option).path("type").asText()) && componentDefault != null) {
                assertThat(starterDefault).as("default of %s%s", PREFIX, kebab(option)).isNotNull();
                assertThat(DurationStyle.detectAndParse(starterDefault.asText()))
                        .as("default of %s%s", PREFIX, kebab(option)).isEqualTo(Duration.ofMillis(componentDefault.asLong()));
            } else {
                assertThat(starterDefault == null ? null : starterDefault.asText())
                        .as("default of %s%s", PREFIX, kebab(option))
                        .isEqualTo(componentDefault == null ? null : componentDefault.asText());
            }
        });
    }

    @Test
    void everyStarterPropertyHasTheComponentOptionsDescription() {
        starterPropertiesOfComponentOptions().forEach((option, property) -> assertThat(property.path("description").asText())
                .as("description of %s%s", PREFIX, kebab(option)).isEqualTo(starterDescription(componentOptions.get(option))));
    }

    @Test
    void everyObjectOptionIsBoundFromABeanReference() {
        Set<Class<?>> convertible = new Bitrix24NotifyComponentConverter(null).getConvertibleTypes().stream()
                .filter(pair -> pair.getSourceType() == String.class).map(GenericConverter.ConvertiblePair::getTargetType)
                .collect(Collectors.toSet());
        List<String> unbound = componentOptions.entrySet().stream()
                .filter(option -> isBeanReference(option.getValue()))
                .filter(option -> convertible.stream().noneMatch(type -> type.getName().equals(rawType(option.getValue()))))
                .map(Map.Entry::getKey).toList();

        assertThat(unbound).as("object options whose type Bitrix24NotifyComponentConverter does not convert from #bean:name")
                .isEmpty();
    }

    /** The option's Java type without its type arguments: ProxyManager for ProxyManager&lt;String&gt;. */
    private static String rawType(JsonNode option) {
        String javaType = option.get("javaType").asText();
        int arguments = javaType.indexOf('<');
        return arguments < 0 ? javaType : javaType.substring(0, arguments);
    }

    /** The starter property of each component option that has one, by option name. */
    private static Map<String, JsonNode> starterPropertiesOfComponentOptions() {
        Map<String, JsonNode> matched = new TreeMap<>();
        componentOptions.keySet().stream().filter(option -> starterProperties.containsKey(kebab(option)))
                .forEach(option -> matched.put(option, starterProperties.get(kebab(option))));
        return matched;
    }

    /** The type a Spring Boot property of this option has: boxed primitives, and Duration for durations. */
    private static String starterType(JsonNode option) {
        if ("duration".equals(option.path("type").asText())) {
            return Duration.class.getName();
        }
        String javaType = option.get("javaType").asText();
        return switch (javaType) {
            case "boolean" -> Boolean.class.getName();
            case "int" -> Integer.class.getName();
            case "long" -> Long.class.getName();
            case "double" -> Double.class.getName();
            default -> javaType;
        };
    }

    /** The option's description; for an object option, followed by how a property sets it. */
    private static String starterDescription(JsonNode option) {
        String description = option.path("description").asText();
        if (!isBeanReference(option)) {
            return description;
        }
        return description + " The option is a " + option.get("javaType").asText() + " type: a bean reference, #bean:name.";
    }

    private static boolean isBeanReference(JsonNode option) {
        return "object".equals(option.path("type").asText()) && !option.has("enum");
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static URL resource(String name) {
        URL url = StarterPropertiesInStepWithComponentTest.class.getClassLoader().getResource(name);
        assertThat(url).as(name + " on the test class path").isNotNull();
        return url;
    }
}
