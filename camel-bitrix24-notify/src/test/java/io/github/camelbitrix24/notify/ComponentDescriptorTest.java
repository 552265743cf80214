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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import io.github.camelbitrix24.notify.operation.NotifyParameter;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The descriptor the build generates is what tools (Kaoto, the catalog, IDEs) show users: it must be complete. */
class ComponentDescriptorTest {

    private static JsonNode descriptor;

    @BeforeAll
    static void readDescriptor() throws Exception {
        try (InputStream in = ComponentDescriptorTest.class.getResourceAsStream(
                "/META-INF/io/github/camelbitrix24/notify/bitrix24-notify.json")) {
            assertThat(in).as("generated descriptor on the classpath").isNotNull();
            descriptor = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void listsAllTwelveOperations() {
        List<String> operations = new ArrayList<>();
        descriptor.path("properties").path("operation").path("enum").forEach(name -> operations.add(name.asText()));

        assertThat(operations).containsExactly(Arrays.stream(Bitrix24Operation.values())
                .map(Bitrix24Operation::uriName).toArray(String[]::new));
        assertThat(operations).hasSize(12);
    }

    @Test
    void describesEveryOption() {
        List<String> undescribed = new ArrayList<>();
        for (String section : List.of("componentProperties", "properties")) {
            descriptor.path(section).fields().forEachRemaining(option -> {
                if (option.getValue().path("description").asText().isBlank()) {
                    undescribed.add(section + "." + option.getKey());
                }
            });
        }
        assertThat(undescribed).isEmpty();
        assertThat(descriptor.path("properties").path("webhookUrl").path("secret").asBoolean()).isTrue();
        assertThat(descriptor.path("componentProperties").path("webhookUrl").path("secret").asBoolean()).isTrue();
    }

    @Test
    void marksTheOAuthCredentialsSecretOnComponentAndEndpoint() {
        for (String section : List.of("componentProperties", "properties")) {
            for (String secret : List.of("accessToken", "refreshToken", "clientSecret")) {
                assertThat(descriptor.path(section).path(secret).path("secret").asBoolean()).as(section + "." + secret)
                        .isTrue();
            }
            assertThat(descriptor.path(section).path("oauthUrl").path("defaultValue").asText())
                    .isEqualTo("https://oauth.bitrix.info/oauth/token/");
            assertThat(descriptor.path(section).path("tokenStore").path("javaType").asText())
                    .isEqualTo("io.github.camelbitrix24.notify.client.config.TokenStore");
            assertThat(descriptor.path(section).has("portalUrl")).isTrue();
        }
    }

    @Test
    void listsEveryHeaderWithADescription() throws Exception {
        List<String> declared = new ArrayList<>();
        for (Field field : Bitrix24NotifyConstants.class.getFields()) {
            // a deprecated alias names a header declared under its new name
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.isAnnotationPresent(Deprecated.class)) {
                declared.add((String) field.get(null));
            }
        }
        List<String> listed = new ArrayList<>();
        descriptor.path("headers").fields().forEachRemaining(header -> {
            assertThat(header.getValue().path("description").asText()).as(header.getKey()).isNotBlank();
            listed.add(header.getKey());
        });

        assertThat(listed).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void theContextIsToldOfEverySecretOption() {
        for (String section : List.of("componentProperties", "properties")) {
            List<String> secret = new ArrayList<>();
            descriptor.path(section).fields().forEachRemaining(option -> {
                if (option.getValue().path("secret").asBoolean()) {
                    secret.add(option.getKey());
                }
            });
            assertThat(SecretOptionsPlugin.SECRET_OPTIONS).as(section).containsExactlyInAnyOrderElementsOf(secret);
        }
    }

    @Test
    void descriptionsReachTheDescriptorAsWritten() throws IllegalAccessException {
        // the plugin renders a description as HTML and strips what looks like markup (a <routeId>, the quotes and
        // brackets of a JSON example): what tools show must still be the sentence written in the code
        List<String> changed = new ArrayList<>();
        compareDescriptions(Bitrix24NotifyEndpoint.class, List.of("properties"), changed);
        compareDescriptions(Bitrix24NotifyMessageOptions.class, List.of("properties"), changed);
        compareDescriptions(Bitrix24NotifyConfiguration.class, List.of("properties", "componentProperties"), changed);
        compareDescriptions(Bitrix24NotifyComponent.class, List.of("componentProperties"), changed);
        for (Field header : Bitrix24NotifyConstants.class.getFields()) {
            Metadata metadata = header.getAnnotation(Metadata.class);
            String published = descriptor.path("headers").path((String) header.get(null)).path("description").asText();
            if (metadata != null && !published.equals(metadata.description().replace("`", ""))) {
                changed.add("headers." + header.getName() + ": '" + published + "'");
            }
        }

        assertThat(changed).isEmpty();
    }

    @Test
    void reportsTheEndpointAsynchronousAsItsProducerIs() {
        assertThat(AsyncProcessor.class).isAssignableFrom(Bitrix24NotifyProducer.class);
        assertThat(descriptor.path("component").path("async").asBoolean()).isTrue();
    }

    @Test
    void limitIsACommonOptionWithThePageSizeTheConsumerUses() {
        JsonNode limit = descriptor.path("properties").path("limit");

        assertThat(limit.path("group").asText()).isEqualTo("common");
        assertThat(limit.path("defaultValue").asInt()).isEqualTo(NotifyParameter.MAX_PAGE_SIZE);
    }

    /** Each annotated field's description against the descriptor's, in each section that lists the option. */
    private static void compareDescriptions(Class<?> type, List<String> sections, List<String> changed) {
        for (Field field : type.getDeclaredFields()) {
            String written = writtenDescription(field);
            if (written == null || written.isEmpty()) {
                continue;
            }
            for (String section : sections) {
                String published = descriptor.path(section).path(field.getName()).path("description").asText();
                // code spans lose their backticks, on purpose
                if (!published.equals(written.replace("`", ""))) {
                    changed.add(section + "." + field.getName() + ": '" + published + "'");
                }
            }
        }
    }

    private static String writtenDescription(Field field) {
        if (field.getAnnotation(UriParam.class) != null) {
            return field.getAnnotation(UriParam.class).description();
        }
        if (field.getAnnotation(UriPath.class) != null) {
            return field.getAnnotation(UriPath.class).description();
        }
        return field.getAnnotation(Metadata.class) != null ? field.getAnnotation(Metadata.class).description() : null;
    }

    @Test
    void operationNamesComeFromTheTable() {
        // the path is typed as the table: the build lists its constants, no hand-kept copy of the names can drift
        assertThat(descriptor.path("properties").path("operation").path("javaType").asText())
                .isEqualTo(Bitrix24Operation.class.getName());
    }
}
