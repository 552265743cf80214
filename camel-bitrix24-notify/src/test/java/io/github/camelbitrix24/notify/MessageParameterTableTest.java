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
package io.github.camelbitrix24.notify;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.operation.NotifyParameter;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NotifyParameter} is the one table of the im.notify parameters; Camel's tooling needs their headers as
 * {@code @Metadata} constants and their options as {@code @UriParam} fields. A parameter known in one of these places
 * and missing in another fails here.
 */
class MessageParameterTableTest {

    /** Headers of the producer that set no im.notify parameter. */
    private static final Set<String> NOT_PARAMETERS = Set.of(Bitrix24NotifyConstants.OPERATION,
            Bitrix24NotifyConstants.PARAMS, Bitrix24NotifyConstants.BATCH_ERRORS, Bitrix24NotifyConstants.MEMBER_ID);
    /**
     * The one header whose constant is not named after its option: it also holds a sent or consumed notification's id.
     */
    private static final Map<String, String> CONSTANT_NAMED_OTHERWISE = Map.of("notifyId", "ID");

    private static JsonNode descriptor;

    @BeforeAll
    static void readDescriptor() throws Exception {
        try (InputStream in = MessageParameterTableTest.class.getResourceAsStream(
                "/META-INF/io/github/camelbitrix24/notify/bitrix24-notify.json")) {
            assertThat(in).as("generated descriptor on the classpath").isNotNull();
            descriptor = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyHeaderOfAMessageParameterIsInTheTableAndBack() throws IllegalAccessException {
        Set<String> declared = new TreeSet<>();
        for (Field field : Bitrix24NotifyConstants.class.getFields()) {
            Metadata metadata = field.getAnnotation(Metadata.class);
            String header = (String) field.get(null);
            if (metadata != null && !"consumer".equals(metadata.label()) && !NOT_PARAMETERS.contains(header)) {
                declared.add(header);
            }
        }

        assertThat(tableHeaders()).as("headers of the table, against the @Metadata constants of the producer")
                .containsExactlyElementsOf(declared);
    }

    @Test
    void everyMessageOptionIsInTheTableAndBack() {
        Set<String> declared = Arrays.stream(Bitrix24NotifyMessageOptions.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(UriParam.class))
                .map(Field::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(tableOptions()).as("options of the table, against the @UriParam fields of the message options")
                .containsExactlyElementsOf(declared);
    }

    @Test
    void theGeneratedDescriptorAgreesWithTheTable() {
        Set<String> headers = new TreeSet<>();
        descriptor.path("headers").fieldNames().forEachRemaining(headers::add);
        Set<String> messageOptions = new TreeSet<>();
        descriptor.path("properties").fields().forEachRemaining(option -> {
            if (Bitrix24NotifyMessageOptions.class.getName().equals(option.getValue().path("configurationClass").asText())) {
                messageOptions.add(option.getKey());
            }
        });

        assertThat(headers).containsAll(tableHeaders());
        assertThat(messageOptions).containsExactlyElementsOf(tableOptions());
    }

    @Test
    void anOptionIsOverriddenByAHeaderWhoseConstantIsNamedAfterIt() throws IllegalAccessException {
        Map<String, String> constantOfHeader = new TreeMap<>();
        for (Field field : Bitrix24NotifyConstants.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(Deprecated.class)) {
                constantOfHeader.put((String) field.get(null), field.getName());
            }
        }
        List<String> misnamed = new ArrayList<>();
        for (NotifyParameter parameter : NotifyParameter.values()) {
            if (parameter.option() == null) {
                continue;
            }
            String expected = CONSTANT_NAMED_OTHERWISE.getOrDefault(parameter.option(), upperSnake(parameter.option()));
            String constant = constantOfHeader.get(parameter.header());
            if (!expected.equals(constant)) {
                misnamed.add(parameter + ": option " + parameter.option() + ", header " + parameter.header()
                             + " in the constant " + constant + ", expected " + expected);
            }
        }

        assertThat(misnamed).isEmpty();
    }

    private static Set<String> tableHeaders() {
        return Arrays.stream(NotifyParameter.values()).map(NotifyParameter::header).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> tableOptions() {
        return Arrays.stream(NotifyParameter.values()).map(NotifyParameter::option).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** notifyValue becomes NOTIFY_VALUE. */
    private static String upperSnake(String option) {
        return option.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
