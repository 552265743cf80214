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
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.tooling.model.JsonMapper;

/**
 * Writes a Camel component's typed Java endpoint DSL, the {@code ...EndpointBuilderFactory} interface, from the
 * component descriptor that camel-component-maven-plugin generated, in the shape camel-package-maven-plugin's
 * EndpointDslMojo gives Camel's own components (that mojo writes into Camel's camel-endpointdsl module only, and
 * camel-component-maven-plugin does not run it).
 * <p>
 * Arguments: the descriptor file and the Java source root to write to. The factory goes to the package
 * {@code <component package>.dsl}, next to the component's own {@code EndpointBuilderSupport}, which its builders
 * extend. The file is written only when its content changes.
 */
public final class EndpointDslGenerator {

    static final String NAME = "camel-bitrix24-notify-dsl-generator";

    private EndpointDslGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException(
                    "Arguments: DESCRIPTOR_FILE JAVA_OUTPUT_DIRECTORY,"
                                               + " e.g. src/generated/resources/META-INF/org/example/my-scheme.json"
                                               + " src/generated/java");
        }
        DslComponent component = DslComponent.of(readDescriptor(Path.of(args[0])));
        write(Path.of(args[1]).resolve(component.factoryFile()), new EndpointBuilderFactorySource(component).render());
    }

    static org.apache.camel.tooling.model.ComponentModel readDescriptor(Path descriptor) throws IOException {
        if (!Files.isRegularFile(descriptor)) {
            throw new IllegalArgumentException(
                    "The component descriptor " + descriptor + " is not there: camel-component-maven-plugin writes it"
                                               + " (process-classes); run this after it");
        }
        return JsonMapper.generateComponentModel(Files.readString(descriptor));
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
