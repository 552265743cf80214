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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generator on a made-up component whose options cover each kind of type, default and place: what the starter's own
 * sync test cannot show, since the real component has no option of some kinds.
 */
class StarterGeneratorTest {

    private static final String DESCRIPTOR = "META-INF/org/example/probe/probe.json";

    private static StarterComponent probe;
    private static String source;
    private static String metadata;

    @BeforeAll
    static void generate() throws IOException {
        probe = StarterComponent.of(StarterGenerator.readDescriptor(DESCRIPTOR));
        source = new ConfigurationClassSource(probe).render();
        metadata = new AdditionalMetadataSource(probe).render();
    }

    @Test
    void namesTheClassAfterTheComponentAsCamelSpringBootDoes() {
        assertThat(probe.configurationClassFile()).isEqualTo("org/example/probe/springboot/ProbeComponentConfiguration.java");
        assertThat(source).contains("package org.example.probe.springboot;")
                .contains("@ConfigurationProperties(prefix = \"camel.component.probe\")")
                .contains("public class ProbeComponentConfiguration extends ComponentConfigurationPropertiesCommon {");
    }

    @Test
    void givesTheComponentsOwnOptionsTheirDefaultsAsInitialValues() {
        assertThat(source).contains("private Integer maxConnections = 200;")
                .contains("private Boolean lazyStartProducer = false;")
                .contains("private Duration idleTimeout = Duration.ofMillis(60000L);")
                .contains("private Mode mode = Mode.SAFE;")
                .contains("private String oldName = \"a \\\"quoted\\\" name\";");
    }

    @Test
    void leavesTheConfigurationsOptionsUnsetAndListsTheirDefaultsInTheMetadata() {
        assertThat(source).contains("private Duration pollTimeout;")
                .contains("private Level level;")
                .contains("private Integer retries;")
                .contains("private Double rate;");
        assertThat(metadata).isEqualTo(
                """
                        {
                          "properties": [
                            {
                              "name": "camel.component.probe.customizer.enabled",
                              "description": "Whether the camel.component.probe.* properties are applied to the probe component (by its component customizer); overrides camel.component.customizer.enabled. This is enabled by default.",
                              "defaultValue": true
                            },
                            {
                              "name": "camel.component.probe.poll-timeout",
                              "defaultValue": "1500ms"
                            },
                            {
                              "name": "camel.component.probe.level",
                              "defaultValue": "LOW"
                            },
                            {
                              "name": "camel.component.probe.retries",
                              "defaultValue": 3
                            }
                          ]
                        }
                        """);
    }

    @Test
    void tellsThatObjectOptionsTakeABeanReference() {
        assertThat(source).contains("""
                    /**
                     * Keeps the state. The option is a org.example.probe.Store type: a bean reference, #bean:name.
                     */
                    private Store store;
                """);
    }

    @Test
    void marksDeprecatedOptionsAsSpringBootExpects() {
        assertThat(source).contains("""
                    @Deprecated
                    @DeprecatedConfigurationProperty
                    public String getOldName() {
                """);
    }

    @Test
    void neverStartsAJavadocLineWithAnAtSignNorBreaksAnInlineTag() {
        assertThat(ConfigurationClassSource.wrap("see the @since notes", 8)).containsExactly("see the @since", "notes");
        assertThat(ConfigurationClassSource.wrap("in {@code a b} c", 6)).containsExactly("in", "{@code a b}", "c");
        assertThat(source.lines().map(String::strip)).noneMatch(line -> line.startsWith("* @"));
    }

    @Test
    void refusesADescriptionThatWouldEndTheComment() {
        ComponentModel model = descriptorWithDescription("Matches *.json and */ ends the comment");

        assertThatThrownBy(() -> new ConfigurationClassSource(StarterComponent.of(model)).render())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("maxConnections");
    }

    @Test
    void writesOnlyWhatChanged(@TempDir Path output) throws Exception {
        Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
        String[] args = { DESCRIPTOR, output.resolve("java").toString(), output.resolve("resources").toString() };
        StarterGenerator.main(args);
        Path written = output.resolve("java").resolve(probe.configurationClassFile());
        Files.setLastModifiedTime(written, FileTime.from(Instant.EPOCH));

        StarterGenerator.main(args);

        assertThat(Files.readString(written)).isEqualTo(source);
        assertThat(Files.getLastModifiedTime(written).toInstant()).isEqualTo(Instant.EPOCH);
        assertThat(output.resolve("resources/META-INF/additional-spring-configuration-metadata.json")).hasContent(metadata);
    }

    private static ComponentModel descriptorWithDescription(String description) {
        try {
            ComponentModel model = StarterGenerator.readDescriptor(DESCRIPTOR);
            model.getComponentOptions().stream().filter(option -> option.getName().equals("maxConnections"))
                    .forEach(option -> option.setDescription(description));
            return model;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
