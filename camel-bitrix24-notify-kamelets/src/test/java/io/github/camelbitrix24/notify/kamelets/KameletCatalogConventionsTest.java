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
package io.github.camelbitrix24.notify.kamelets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

import org.apache.camel.util.TimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelbitrix24.notify.kamelets.KameletFiles.definition;
import static io.github.camelbitrix24.notify.kamelets.KameletFiles.map;
import static io.github.camelbitrix24.notify.kamelets.KameletFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the Apache Kamelet catalog's validator (apache/camel-kamelets, script/validator), applied to ours: the
 * annotations a catalog shows, names and titles by type, property titles, credentials, dependencies and a catalog
 * version shared by all. The provider is ours, not the Apache Software Foundation's.
 */
class KameletCatalogConventionsTest {

    private static final String ANNOTATION = "camel.apache.org/";
    private static final String SVG_DATA_URI = "data:image/svg+xml;base64,";

    static List<String> kamelets() {
        return KameletFiles.names();
    }

    @Test
    void shipsTheWebhookAndOAuthSinkAndSource() {
        assertThat(kamelets()).containsExactly("bitrix24-notify-oauth-sink", "bitrix24-notify-oauth-source",
                "bitrix24-notify-sink", "bitrix24-notify-source");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void carriesTheCatalogAnnotations(String name) throws Exception {
        Map<String, Object> annotations = map(map(read(name).get("metadata")).get("annotations"));

        assertThat(annotations.get(ANNOTATION + "catalog.version")).isEqualTo(System.getProperty("project.version"));
        assertThat(annotations.get(ANNOTATION + "kamelet.support.level")).isIn("Preview", "Stable");
        assertThat(annotations.get(ANNOTATION + "provider")).isEqualTo("camel-bitrix24-notify");
        assertThat(annotations.get(ANNOTATION + "kamelet.group")).isEqualTo("Bitrix24");
        assertThat(annotations.get(ANNOTATION + "kamelet.namespace")).isEqualTo("Social");
        String icon = (String) annotations.get(ANNOTATION + "kamelet.icon");
        assertThat(icon).startsWith(SVG_DATA_URI);
        assertThat(svgRoot(Base64.getDecoder().decode(icon.substring(SVG_DATA_URI.length())))).isEqualTo("svg");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void nameTitleAndTemplateFollowTheType(String name) throws IOException {
        Map<String, Object> kamelet = read(name);
        String type = (String) map(map(kamelet.get("metadata")).get("labels")).get(ANNOTATION + "kamelet.type");
        Map<String, Object> definition = definition(kamelet);
        String template = map(kamelet.get("spec")).get("template").toString();

        assertThat(type).isIn("source", "sink");
        assertThat(name).endsWith("-" + type);
        assertThat((String) definition.get("title")).endsWith(Character.toUpperCase(type.charAt(0)) + type.substring(1));
        assertThat((String) definition.get("description")).isNotBlank();
        assertThat(definition.get("type")).isEqualTo("object");
        // a source routes to kamelet:sink, a sink consumes from kamelet:source
        assertThat(template).contains(type.equals("source") ? "kamelet:sink" : "kamelet:source");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    @SuppressWarnings("unchecked")
    void everyPropertyIsTitledTypedAndDescribed(String name) throws IOException {
        Map<String, Object> definition = definition(read(name));
        Map<String, Object> properties = map(definition.get("properties"));

        assertThat(properties).containsKeys(((List<String>) definition.get("required")).toArray(String[]::new));
        assertThat((List<String>) definition.get("required")).doesNotHaveDuplicates();
        properties.forEach((property, value) -> {
            Map<String, Object> schema = map(value);
            String title = (String) schema.get("title");
            assertThat(schema.get("type")).as(property).isNotNull();
            assertThat((String) schema.get("description")).as(property).isNotBlank();
            assertThat(title).as(property).doesNotStartWith("The ").doesNotStartWith("A ").doesNotStartWith("An ");
            for (String word : title.split(" ")) {
                assertThat(Character.isUpperCase(word.charAt(0))).as("%s: '%s' in its title", property, word).isTrue();
            }
            if ("password".equals(schema.get("format"))) {
                assertThat((List<String>) schema.get("x-descriptors")).as(property).contains("urn:camel:group:credentials")
                        .noneMatch(descriptor -> descriptor.startsWith("urn:alm:descriptor:com.tectonic.ui"));
            }
        });
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void durationsAreStringsWithAUnit(String name) throws IOException {
        Map<String, Object> delay = map(map(definition(read(name)).get("properties")).get("delay"));
        if (name.endsWith("-sink")) {
            assertThat(delay).as("a sink has no poll delay").isNull();
            return;
        }

        assertThat(delay).containsEntry("type", "string").containsEntry("default", "60s");
        assertThat(TimeUtils.toMilliSeconds((String) delay.get("default"))).isEqualTo(60_000);
        assertThat(TimeUtils.toMilliSeconds((String) delay.get("example"))).isPositive();
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    @SuppressWarnings("unchecked")
    void dependenciesAreCamelOrMavenCoordinates(String name) throws IOException {
        List<String> dependencies = (List<String>) map(read(name).get("spec")).get("dependencies");

        assertThat(dependencies).allMatch(dependency -> dependency.startsWith("camel:") || dependency.startsWith("mvn:"))
                .contains("camel:kamelet", "camel:jackson")
                .noneMatch(dependency -> dependency.contains("@"));
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void declaresJsonOutputAndEndsItsWorkWithJson(String name) throws IOException {
        Map<String, Object> spec = map(read(name).get("spec"));
        Map<String, Object> out = map(map(spec.get("types")).get("out"));
        @SuppressWarnings("unchecked")
        List<Object> steps = (List<Object>) map(map(spec.get("template")).get("from")).get("steps");
        // a sink's output is what its last step leaves; a source's is what it hands to kamelet:sink, after it
        Object lastWork = name.endsWith("-sink") ? steps.get(steps.size() - 1) : steps.get(steps.size() - 2);

        assertThat(out).containsEntry("mediaType", "application/json");
        assertThat(map(lastWork)).containsKey("marshal");
        assertThat(map(map(lastWork).get("marshal"))).containsKey("json");
    }

    @Test
    void titlesDescriptionsAndCatalogVersionAreOneOfAKind() throws IOException {
        Set<Object> titles = new HashSet<>();
        Set<Object> descriptions = new HashSet<>();
        Set<Object> versions = new HashSet<>();
        List<String> names = new ArrayList<>(kamelets());
        for (String name : names) {
            Map<String, Object> kamelet = read(name);
            titles.add(definition(kamelet).get("title"));
            descriptions.add(definition(kamelet).get("description"));
            versions.add(map(map(kamelet.get("metadata")).get("annotations")).get(ANNOTATION + "catalog.version"));
        }

        assertThat(titles).hasSameSizeAs(names);
        assertThat(descriptions).hasSameSizeAs(names);
        assertThat(versions).hasSize(1);
    }

    /** The root element's name of an XML document. */
    private static String svgRoot(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return document.getDocumentElement().getNodeName();
    }
}
