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

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

import static io.github.camelbitrix24.notify.kamelets.KameletFiles.definition;
import static io.github.camelbitrix24.notify.kamelets.KameletFiles.map;
import static io.github.camelbitrix24.notify.kamelets.KameletFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

/** What Camel K and Kamelet catalogs read from the Kamelet files, beyond what running them shows. */
class KameletDefinitionsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9]+)}}");

    @ParameterizedTest
    @CsvSource({
            "bitrix24-notify-sink, webhookUrl",
            "bitrix24-notify-source, webhookUrl",
            "bitrix24-notify-oauth-sink, clientId clientSecret accessToken refreshToken",
            "bitrix24-notify-oauth-source, clientId clientSecret accessToken refreshToken" })
    @SuppressWarnings("unchecked")
    void credentialsAreRequiredSecrets(String name, String credentials) throws IOException {
        Map<String, Object> definition = definition(read(name));

        for (String credential : credentials.split(" ")) {
            Map<String, Object> property = map(map(definition.get("properties")).get(credential));
            assertThat((List<Object>) definition.get("required")).as(credential).contains(credential);
            assertThat(property).as(credential).containsEntry("format", "password");
            assertThat((List<Object>) property.get("x-descriptors")).as(credential)
                    .containsExactly("urn:camel:group:credentials");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "bitrix24-notify-sink", "bitrix24-notify-source", "bitrix24-notify-oauth-sink",
            "bitrix24-notify-oauth-source" })
    @SuppressWarnings("unchecked")
    void dependsOnTheComponentThisBuildMakes(String name) throws IOException {
        Map<String, Object> kamelet = read(name);

        assertThat(map(kamelet.get("metadata"))).containsEntry("name", name);
        assertThat((List<Object>) map(kamelet.get("spec")).get("dependencies"))
                .contains("mvn:io.github.camelbitrix24:camel-bitrix24-notify:" + System.getProperty("project.version"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "bitrix24-notify-sink", "bitrix24-notify-source", "bitrix24-notify-oauth-sink",
            "bitrix24-notify-oauth-source" })
    @SuppressWarnings("unchecked")
    void templateUsesExactlyTheDeclaredProperties(String name) throws IOException {
        Map<String, Object> kamelet = read(name);
        Map<String, Object> template = map(map(kamelet.get("spec")).get("template"));
        Set<String> beans = new HashSet<>();
        if (template.get("beans") != null) {
            ((List<Object>) template.get("beans")).forEach(bean -> beans.add((String) map(bean).get("name")));
        }
        Set<String> used = new HashSet<>();
        Matcher placeholders = PLACEHOLDER.matcher(new Dump(DumpSettings.builder().build()).dumpToString(template));
        while (placeholders.find()) {
            used.add(placeholders.group(1));
        }
        used.removeAll(beans);

        assertThat(used).containsExactlyInAnyOrderElementsOf(map(definition(kamelet).get("properties")).keySet());
    }
}
