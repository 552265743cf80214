package io.github.camelbitrix24.notify.faults;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The consumer's saved position: one that is not an id, and where it is saved for a consumer without a route id. */
class ConsumerStateFaultsTest extends SandboxTestSupport {

    @TempDir
    Path stateDir;

    private final List<Long> delivered = new CopyOnWriteArrayList<>();

    @Test
    void aCorruptSavedCursorStopsTheRouteFromStartingAndSaysHowToResetIt() throws Exception {
        File stateFile = stateDir.resolve("inbox.state").toFile();
        FileStateRepository written = FileStateRepository.fileStateRepository(stateFile);
        ServiceHelper.startService(written);
        written.setState("bitrix24-notify:inbox", "12x");
        ServiceHelper.stopService(written);
        sandbox().seed(1).text("waiting").create();
        context.getRegistry().bind("inboxState", FileStateRepository.fileStateRepository(stateFile));

        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=ALL&stateRepository=#inboxState").routeId("inbox")
                        .process(exchange -> delivered.add(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class)));
            }
        })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'12x'")
                .hasMessageContaining("bitrix24-notify:inbox")
                .hasMessageContaining("Remove that entry");
        assertThat(sandbox().calls("im.notify.get")).isEmpty();
        assertThat(delivered).isEmpty();
    }

    @Test
    void aConsumerWithoutRouteIdKeepsTheWebhookCodeOutOfItsStateKey() throws Exception {
        String webhook = sandbox().webhookUrl();
        String code = webhook.replaceAll(".*/rest/\\d+/([^/]+)/$", "$1");
        Map<String, String> saved = new ConcurrentHashMap<>();
        context.getRegistry().bind("inboxState", new MemoryStateRepository() {
            @Override
            public void setState(String key, String value) {
                saved.put(key, value);
                super.setState(key, value);
            }
        });
        long id = sandbox().seed(1).text("waiting").create();
        Endpoint endpoint = context.getEndpoint("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=ALL"
                                                + "&stateRepository=#inboxState&webhookUrl=RAW(" + webhook + ")");

        Consumer consumer = endpoint.createConsumer(
                exchange -> delivered.add(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class)));
        ServiceHelper.startService(consumer);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> saved.containsValue(String.valueOf(id)));
        } finally {
            ServiceHelper.stopService(consumer);
        }

        // a key any repository takes: a FileStateRepository refuses one with "="
        assertThat(saved.keySet()).singleElement().satisfies(key -> assertThat(key)
                .matches("bitrix24-notify:[\\w-]+").doesNotContain(code));
        assertThat(delivered).containsExactly(id);
    }
}
