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
