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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.JsonMapper;

/**
 * Writes a Camel component's Spring Boot properties class and its additional metadata from the component descriptor
 * that camel-component-maven-plugin generated, as camel-spring-boot's generator does for Camel's own components (which
 * it looks up in the group org.apache.camel only).
 * <p>
 * Arguments: the descriptor's resource name on the class path (it is in the component's jar), the Java source root and
 * the resource root to write to. A file is written only when its content changes.
 */
public final class StarterGenerator {

    static final String NAME = "camel-bitrix24-notify-starter-generator";
    static final String ADDITIONAL_METADATA = "META-INF/additional-spring-configuration-metadata.json";

    private StarterGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException(
                    "Arguments: DESCRIPTOR_RESOURCE JAVA_OUTPUT_DIRECTORY RESOURCES_OUTPUT_DIRECTORY,"
                                               + " e.g. META-INF/org/example/my-scheme.json src/generated/java"
                                               + " src/generated/resources");
        }
        StarterComponent component = StarterComponent.of(readDescriptor(args[0]));
        write(Path.of(args[1]).resolve(component.configurationClassFile()), new ConfigurationClassSource(component).render());
        write(Path.of(args[2]).resolve(ADDITIONAL_METADATA), new AdditionalMetadataSource(component).render());
    }

    static ComponentModel readDescriptor(String resource) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "The component descriptor " + resource + " is not on the class path:"
                                                   + " the starter must depend on the component");
            }
            return JsonMapper.generateComponentModel(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void write(Path file, String content) throws IOException {
        if (Files.exists(file) && Files.readString(file).equals(content)) {
            System.out.println(NAME + ": " + file + " is up to date");
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        System.out.println(NAME + ": wrote " + file);
    }
}
