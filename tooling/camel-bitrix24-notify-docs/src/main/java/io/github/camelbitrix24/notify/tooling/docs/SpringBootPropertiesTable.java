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
package io.github.camelbitrix24.notify.tooling.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * Every {@code camel.component.bitrix24-notify.*} property of the Spring Boot starter, as Camel's pages list a
 * starter's options (name, description, default, type), read from the metadata the starter's build writes for IDEs
 * ({@value #METADATA}: Spring Boot's configuration processor merges the generated properties class and its additional
 * metadata into it). What an application can set is exactly what this table shows.
 */
final class SpringBootPropertiesTable {

    /** Where Spring Boot's configuration processor puts the metadata, in the starter's jar. */
    static final String METADATA = "META-INF/spring-configuration-metadata.json";
    /** The prefix of the starter's properties. */
    static final String PREFIX = "camel.component.bitrix24-notify.";

    private final ClassLoader loader;

    SpringBootPropertiesTable(ClassLoader loader) {
        this.loader = loader;
    }

    List<String> render() {
        List<Map<String, Object>> properties = properties();
        List<String> lines = new ArrayList<>();
        lines.add("### Spring Boot auto-configuration");
        lines.add("");
        lines.add("The starter supports " + properties.size() + " options, which are listed below.");
        lines.add("");
        MarkdownTable table = new MarkdownTable("Name", "Description", "Default", "Type");
        for (Map<String, Object> property : properties) {
            Object defaultValue = property.get("defaultValue");
            table.row("**" + MarkdownTable.text((String) property.get("name")) + "**",
                    MarkdownTable.text((String) property.get("description")),
                    defaultValue == null ? "" : MarkdownTable.code(defaultValue.toString()),
                    MarkdownTable.code(DescriptorTables.shortType((String) property.get("type"))));
        }
        lines.addAll(table.lines());
        return lines;
    }

    /** The starter's properties, by name; the metadata of other jars on the class path is left out. */
    List<Map<String, Object>> properties() {
        List<Map<String, Object>> properties = new ArrayList<>();
        for (URL url : metadataFiles()) {
            JsonObject metadata = read(url);
            JsonArray all = metadata.getCollection("properties");
            if (all == null) {
                continue;
            }
            for (Object property : all) {
                JsonObject object = (JsonObject) property;
                if (object.getString("name").startsWith(PREFIX)) {
                    properties.add(object);
                }
            }
        }
        if (properties.isEmpty()) {
            throw new IllegalStateException(
                    "No " + PREFIX + "* property in any " + METADATA + " on the class path: the docs module must "
                                            + "depend on camel-bitrix24-notify-starter, whose build writes it");
        }
        properties.sort(Comparator.comparing(property -> (String) property.get("name")));
        return properties;
    }

    private List<URL> metadataFiles() {
        try {
            return Collections.list(loader.getResources(METADATA));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject read(URL url) {
        try (InputStream in = url.openStream()) {
            return (JsonObject) Jsoner.deserialize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DeserializationException e) {
            throw new IllegalStateException("Cannot read " + url + ": " + e.getMessage(), e);
        }
    }
}
