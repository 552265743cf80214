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

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator on a made-up component whose options cover each kind of type and place: what the component's own
 * coverage test cannot show, since the real component has no option of some kinds (deprecated, for one).
 */
class EndpointDslGeneratorTest {

    private static DslComponent probe;
    private static String source;

    @BeforeAll
    static void generate() throws IOException, URISyntaxException {
        probe = DslComponent.of(EndpointDslGenerator.readDescriptor(descriptor()));
        source = new EndpointBuilderFactorySource(probe).render();
    }

    private static Path descriptor() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(
                EndpointDslGeneratorTest.class.getClassLoader().getResource("META-INF/org/example/probe/probe.json"))
                .toURI());
    }

    @Test
    void namesTheFactoryTheBuildersAndTheMethodAsCamelDoes() {
        assertThat(probe.factoryFile()).isEqualTo("org/example/probe/dsl/ProbeEndpointBuilderFactory.java");
        assertThat(source).contains("package org.example.probe.dsl;")
                .contains("public interface ProbeEndpointBuilderFactory {")
                .contains("interface ProbeEndpointConsumerBuilder extends EndpointConsumerBuilder {")
                .contains("interface AdvancedProbeEndpointConsumerBuilder extends EndpointConsumerBuilder {")
                .contains("interface ProbeEndpointProducerBuilder extends EndpointProducerBuilder {")
                .contains("interface ProbeEndpointBuilder extends ProbeEndpointConsumerBuilder, ProbeEndpointProducerBuilder {")
                .contains("interface AdvancedProbeEndpointBuilder extends AdvancedProbeEndpointConsumerBuilder, "
                          + "AdvancedProbeEndpointProducerBuilder {")
                .contains("static ProbeEndpointBuilder probeBox(String path) {")
                .contains("return endpointBuilder(\"probe-box\", path);")
                .contains("interface ProbeBuilders {")
                .contains("default ProbeEndpointBuilder probeBox(String path) {");
    }

    @Test
    void placesEachOptionByItsLabel() {
        // a consumer option on the consumer builder only, a producer option on the producer builder only
        assertThat(source).contains("default ProbeEndpointConsumerBuilder delay(long delay) {")
                .doesNotContain("ProbeEndpointProducerBuilder delay(")
                .contains("default ProbeEndpointProducerBuilder userId(long userId) {")
                .doesNotContain("ProbeEndpointConsumerBuilder userId(")
                // a common one on all three, each keeping its own type
                .contains("default ProbeEndpointConsumerBuilder limit(int limit) {")
                .contains("default ProbeEndpointProducerBuilder limit(int limit) {")
                .contains("default ProbeEndpointBuilder limit(int limit) {")
                // an advanced one on the advanced views only
                .contains("default AdvancedProbeEndpointConsumerBuilder bridgeErrorHandler(boolean bridgeErrorHandler) {")
                .contains("default AdvancedProbeEndpointBuilder maxRetries(int maxRetries) {")
                .doesNotContain("default ProbeEndpointBuilder maxRetries(");
    }

    @Test
    void givesEachTypedSetterOneTakingTextAndAStringOptionOnlyOne() {
        assertThat(source).contains("default ProbeEndpointProducerBuilder level(org.example.probe.Level level) {")
                .contains("default ProbeEndpointProducerBuilder level(String level) {")
                .contains("default ProbeEndpointConsumerBuilder repository("
                          + "org.apache.camel.spi.StateRepository<String, String> repository) {")
                .contains("default ProbeEndpointConsumerBuilder repository(String repository) {")
                .contains("default ProbeEndpointConsumerBuilder delay(String delay) {")
                .contains("a number of milliseconds, or a duration such as 10s");
        assertThat(source.split("ProbeEndpointBuilder token\\(", -1)).hasSize(2);
    }

    @Test
    void setsAMultiValueOptionOneKeyOrSeveralUnderItsPrefix() {
        assertThat(source).contains("default ProbeEndpointConsumerBuilder schedulerProperties(String key, Object value) {")
                .contains("doSetMultiValueProperty(\"schedulerProperties\", \"scheduler.\" + key, value);")
                .contains("default ProbeEndpointConsumerBuilder schedulerProperties(Map<String, Object> values) {")
                .contains("doSetMultiValueProperties(\"schedulerProperties\", \"scheduler.\", values);");
    }

    @Test
    void marksDeprecatedOptionsListsSecretsAndEscapesTheDescriptions() {
        assertThat(source).contains("@Deprecated\n        default ProbeEndpointProducerBuilder oldName(String oldName) {")
                .contains("@deprecated use level")
                .contains("Set<String> SECRET_OPTIONS = Set.of(\"token\");")
                .contains("The recipient &#64; the portal.")
                .contains("The user &lt;id&gt;.");
    }

    @Test
    void namesEachHeaderWithoutItsCamelPrefix() {
        assertThat(source).contains("public String probeUserId() {")
                .contains("return \"CamelProbeUserId\";")
                .contains("{@link org.example.probe.ProbeConstants#USER_ID}");
    }

    @Test
    void writesTheFileOnlyWhenItsContentChanges(@TempDir Path output) throws Exception {
        String[] args = { descriptor().toString(), output.toString() };
        EndpointDslGenerator.main(args);
        Path written = output.resolve(probe.factoryFile());
        assertThat(written).hasContent(source);
        Files.setLastModifiedTime(written, java.nio.file.attribute.FileTime.fromMillis(0));

        EndpointDslGenerator.main(args);

        assertThat(Files.getLastModifiedTime(written).toMillis()).isZero();
    }
}
