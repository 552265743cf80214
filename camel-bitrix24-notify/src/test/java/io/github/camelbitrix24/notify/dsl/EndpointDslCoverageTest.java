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
package io.github.camelbitrix24.notify.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.dsl.Bitrix24NotifyEndpointBuilderFactory.AdvancedBitrix24NotifyEndpointBuilder;
import io.github.camelbitrix24.notify.dsl.Bitrix24NotifyEndpointBuilderFactory.AdvancedBitrix24NotifyEndpointConsumerBuilder;
import io.github.camelbitrix24.notify.dsl.Bitrix24NotifyEndpointBuilderFactory.AdvancedBitrix24NotifyEndpointProducerBuilder;
import io.github.camelbitrix24.notify.dsl.Bitrix24NotifyEndpointBuilderFactory.Bitrix24NotifyEndpointBuilder;
import io.github.camelbitrix24.notify.dsl.Bitrix24NotifyEndpointBuilderFactory.Bitrix24NotifyEndpointConsumerBuilder;
import io.github.camelbitrix24.notify.dsl.Bitrix24NotifyEndpointBuilderFactory.Bitrix24NotifyEndpointProducerBuilder;
import io.github.camelbitrix24.notify.dsl.Bitrix24NotifyEndpointBuilderFactory.Bitrix24NotifyHeaderNameBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed endpoint DSL covers the component descriptor: each endpoint option has its setters on the builders its
 * label places it on (a typed one and one taking text), no builder has a setter of an option the descriptor lacks, and
 * each header has its name. An option added to the code fails this test until the build has regenerated the factory
 * (the build does it in process-classes; .ci/run then fails while the regenerated file is not committed).
 */
class EndpointDslCoverageTest {

    private static final String DESCRIPTOR = "META-INF/io/github/camelbitrix24/notify/bitrix24-notify.json";
    private static final Map<String, Class<?>> PRIMITIVES = Map.of("java.lang.Boolean", boolean.class, "java.lang.Integer",
            int.class, "java.lang.Long", long.class, "java.lang.Double", double.class, "boolean", boolean.class, "int",
            int.class, "long", long.class, "double", double.class);
    /** The methods of the builders that set no option. */
    private static final Set<String> NOT_SETTERS = Set.of("advanced", "basic");

    private static JsonNode descriptor;

    @BeforeAll
    static void readDescriptor() throws IOException {
        try (InputStream in = EndpointDslCoverageTest.class.getClassLoader().getResourceAsStream(DESCRIPTOR)) {
            descriptor = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyEndpointOptionHasItsSettersWhereItsLabelPlacesIt() {
        List<String> missing = new ArrayList<>();
        int options = 0;
        for (Map.Entry<String, JsonNode> option : descriptor.get("properties").properties()) {
            JsonNode model = option.getValue();
            if (!model.get("kind").asText().equals("parameter")) {
                continue;
            }
            options++;
            for (Class<?> builder : buildersOf(model)) {
                if (!hasSetters(builder, option.getKey(), model)) {
                    missing.add(builder.getSimpleName() + "." + option.getKey());
                }
            }
        }

        assertThat(options).isPositive();
        assertThat(missing).as("setters the factory lacks: regenerate it (mvn -B -ntp -o process-classes -pl "
                               + "camel-bitrix24-notify -am) and commit it")
                .isEmpty();
    }

    @Test
    void noBuilderSetsAnOptionTheDescriptorLacks() {
        Set<String> options = new TreeSet<>();
        descriptor.get("properties").fieldNames().forEachRemaining(options::add);
        Set<String> unknown = new TreeSet<>();
        for (Class<?> builder : List.of(Bitrix24NotifyEndpointConsumerBuilder.class,
                AdvancedBitrix24NotifyEndpointConsumerBuilder.class, Bitrix24NotifyEndpointProducerBuilder.class,
                AdvancedBitrix24NotifyEndpointProducerBuilder.class, Bitrix24NotifyEndpointBuilder.class,
                AdvancedBitrix24NotifyEndpointBuilder.class)) {
            Arrays.stream(builder.getDeclaredMethods()).map(Method::getName)
                    .filter(name -> !NOT_SETTERS.contains(name) && !options.contains(name))
                    .forEach(name -> unknown.add(builder.getSimpleName() + "." + name));
        }

        assertThat(unknown).isEmpty();
    }

    @Test
    void everyHeaderHasItsNameAndEverySecretOptionIsMasked() throws Exception {
        Bitrix24NotifyHeaderNameBuilder names = new Bitrix24NotifyEndpointBuilderFactory.Bitrix24NotifyBuilders() {
        }.bitrix24Notify();
        Set<String> returned = new TreeSet<>();
        for (Method method : Bitrix24NotifyHeaderNameBuilder.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 0) {
                returned.add((String) method.invoke(names));
            }
        }
        Set<String> headers = new TreeSet<>();
        descriptor.get("headers").fieldNames().forEachRemaining(headers::add);
        Set<String> secrets = new TreeSet<>();
        descriptor.get("properties").properties().stream().filter(option -> option.getValue().path("secret").asBoolean())
                .forEach(option -> secrets.add(option.getKey()));

        assertThat(returned).isEqualTo(headers);
        assertThat(Bitrix24NotifyEndpointBuilderFactory.SECRET_OPTIONS).containsExactlyInAnyOrderElementsOf(secrets);
    }

    /** The builders an option's label puts it on: consumer, producer or, for any other, both and the endpoint's. */
    private static List<Class<?>> buildersOf(JsonNode option) {
        List<String> labels = List.of(option.path("label").asText("").split(","));
        boolean advanced = labels.contains("advanced");
        if (labels.contains("consumer")) {
            return List.of(advanced
                    ? AdvancedBitrix24NotifyEndpointConsumerBuilder.class
                    : Bitrix24NotifyEndpointConsumerBuilder.class);
        }
        if (labels.contains("producer")) {
            return List.of(advanced
                    ? AdvancedBitrix24NotifyEndpointProducerBuilder.class
                    : Bitrix24NotifyEndpointProducerBuilder.class);
        }
        return advanced
                ? List.of(AdvancedBitrix24NotifyEndpointConsumerBuilder.class,
                        AdvancedBitrix24NotifyEndpointProducerBuilder.class, AdvancedBitrix24NotifyEndpointBuilder.class)
                : List.of(Bitrix24NotifyEndpointConsumerBuilder.class, Bitrix24NotifyEndpointProducerBuilder.class,
                        Bitrix24NotifyEndpointBuilder.class);
    }

    /**
     * Whether the builder declares the option's setters, returning itself: one of its Java type (a wrapper as its
     * primitive, a generic type as its class) and one taking text, or, for a map set key by key, one per key and one of
     * several.
     */
    private static boolean hasSetters(Class<?> builder, String name, JsonNode option) throws LinkageError {
        Set<List<Class<?>>> parameters = new java.util.HashSet<>();
        for (Method method : builder.getDeclaredMethods()) {
            if (method.getName().equals(name) && method.getReturnType().equals(builder)) {
                parameters.add(List.of(method.getParameterTypes()));
            }
        }
        if (option.path("multiValue").asBoolean()) {
            return parameters.equals(Set.of(List.of(String.class, Object.class), List.of(Map.class)));
        }
        Class<?> type = typeOf(option.get("javaType").asText());
        return type.equals(String.class)
                ? parameters.equals(Set.of(List.of(String.class)))
                : parameters.equals(Set.of(List.of(type), List.of(String.class)));
    }

    private static Class<?> typeOf(String javaType) {
        Class<?> primitive = PRIMITIVES.get(javaType);
        if (primitive != null) {
            return primitive;
        }
        int generic = javaType.indexOf('<');
        try {
            return Class.forName(generic < 0 ? javaType : javaType.substring(0, generic));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("The option type " + javaType + " is not on the class path", e);
        }
    }
}
