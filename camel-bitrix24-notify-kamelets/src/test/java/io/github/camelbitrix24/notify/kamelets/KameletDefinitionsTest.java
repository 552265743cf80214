package io.github.camelbitrix24.notify.examples.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** What Camel K and Kamelet catalogs read from the Kamelet files, beyond what running them shows. */
class KameletDefinitionsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9]+)}}");

    @ParameterizedTest
    @ValueSource(strings = { "bitrix24-notify-sink", "bitrix24-notify-source" })
    @SuppressWarnings("unchecked")
    void webhookIsARequiredCredential(String name) throws IOException {
        Map<String, Object> definition = definition(read(name));
        Map<String, Object> webhookUrl = map(map(definition.get("properties")).get("webhookUrl"));

        assertThat((List<Object>) definition.get("required")).contains("webhookUrl");
        assertThat(webhookUrl).containsEntry("format", "password");
        assertThat((List<Object>) webhookUrl.get("x-descriptors")).containsExactly("urn:camel:group:credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = { "bitrix24-notify-sink", "bitrix24-notify-source" })
    @SuppressWarnings("unchecked")
    void dependsOnTheComponentThisBuildMakes(String name) throws IOException {
        Map<String, Object> kamelet = read(name);

        assertThat(map(kamelet.get("metadata"))).containsEntry("name", name);
        assertThat((List<Object>) map(kamelet.get("spec")).get("dependencies"))
                .contains("mvn:io.github.camelbitrix24:camel-bitrix24-notify:" + System.getProperty("project.version"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "bitrix24-notify-sink", "bitrix24-notify-source" })
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

    private static Map<String, Object> read(String name) throws IOException {
        String resource = "kamelets/" + name + ".kamelet.yaml";
        try (InputStream in = KameletDefinitionsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return map(new Load(LoadSettings.builder().build()).loadFromInputStream(in));
        }
    }

    private static Map<String, Object> definition(Map<String, Object> kamelet) {
        return map(map(kamelet.get("spec")).get("definition"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }
}
