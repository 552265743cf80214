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
                assertThat(descriptor.path(section).path(secret).path("secret").asBoolean()).as(section + "." + secret).isTrue();
            }
            assertThat(descriptor.path(section).path("oauthUrl").path("defaultValue").asText())
                    .isEqualTo("https://oauth.bitrix.info/oauth/token/");
            assertThat(descriptor.path(section).path("tokenStore").path("javaType").asText())
                    .isEqualTo("io.github.camelbitrix24.notify.api.oauth.TokenStore");
            assertThat(descriptor.path(section).has("portalUrl")).isTrue();
        }
    }

    @Test
    void listsEveryHeaderWithADescription() throws Exception {
        List<String> declared = new ArrayList<>();
        for (Field field : Bitrix24NotifyConstants.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
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
    void operationNamesConstantMatchesTheTable() {
        assertThat(Bitrix24Operation.NAMES.split(",")).containsExactly(Arrays.stream(Bitrix24Operation.values())
                .map(Bitrix24Operation::uriName).toArray(String[]::new));
    }
}
