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

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.camel.api.management.ManagedResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component keeps its options, {@code createEndpoint}, start and stop, about the size of Camel's own: the portal
 * client owns the portals' state, the routes tell of the consumers, and JMX lives in {@code management}.
 */
class ComponentShapeTest {

    @Test
    void theComponentIsAboutTheSizeOfCamelsOwn() throws Exception {
        Path source = Path.of("src/main/java/io/github/camelbitrix24/notify/Bitrix24NotifyComponent.java");

        assertThat(Files.readAllLines(source)).as("lines of %s", source.getFileName()).hasSizeLessThan(150);
    }

    @Test
    void noProducerNorConsumerRegistersWithTheComponent() {
        assertThat(Arrays.stream(Bitrix24NotifyComponent.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.endsWith("Started") || name.endsWith("Stopped"));
    }

    @Test
    void theComponentIsNoMBean() {
        assertThat(Bitrix24NotifyComponent.class.isAnnotationPresent(ManagedResource.class)).isFalse();
    }
}
