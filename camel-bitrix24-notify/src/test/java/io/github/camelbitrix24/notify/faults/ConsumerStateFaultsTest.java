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
package io.github.camelbitrix24.notify.faults;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.support.CapturedLog;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The consumer's saved position: one that is not an id, one that cannot be read at all, none saved yet, and where it is
 * saved for a consumer without a route id.
 */
class ConsumerStateFaultsTest extends SandboxTestSupport {

    private static final String KEY = "bitrix24-notify:inbox";

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
                        .process(exchange -> delivered
                                .add(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class)));
            }
        })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'12x'")
                .hasMessageContaining("bitrix24-notify:inbox")
                .hasMessageContaining("Remove that entry");
        assertThat(sandbox().calls("im.notify.get")).isEmpty();
        assertThat(delivered).isEmpty();
    }

    /** The inbox route with the state repository bound as inboxState, started by the test. */
    private void addInboxRouteNotStarted(String startFrom) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=" + startFrom + "&stateRepository=#inboxState")
                        .routeId("inbox").autoStartup(false)
                        .process(exchange -> delivered
                                .add(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class)));
            }
        });
    }

    /** Starts the inbox route, as a supervisor would, and returns why it refused. */
    private Throwable refusedStart() {
        Throwable thrown = catchThrowable(() -> context.getRouteController().startRoute("inbox"));
        assertThat(thrown).as("the start of the route").isNotNull();
        assertThat(context.getRouteController().getRouteStatus("inbox").isStarted()).isFalse();
        return thrown;
    }

    @Test
    void aStateFileThatIsNotTextStopsEveryStartAndIsLeftAsItWas() throws Exception {
        long processed = sandbox().seed(1).text("processed before").create();
        long next = sandbox().seed(1).text("not yet").create();
        byte[] saved = ascii(KEY + "=" + processed + "\n");
        byte[] garbage = { (byte) 0xFF, (byte) 0xFE, 0x00, 0x41, '\n' };

        assertEveryStartRefusedUntilFixed(concat(garbage, saved), "line 1", saved);

        assertThat(delivered).containsExactly(next);
    }

    @Test
    void aStateFileWithAnEmptyLineStopsEveryStartAndIsLeftAsItWas() throws Exception {
        long processed = sandbox().seed(1).text("processed before").create();
        long next = sandbox().seed(1).text("not yet").create();
        String other = "bitrix24-notify:other=7\n";

        // Camel's FileStateRepository fails on an empty line, as on any line without '='
        assertEveryStartRefusedUntilFixed(ascii(KEY + "=" + processed + "\n\n" + other), "line 2",
                ascii(KEY + "=" + processed + "\n" + other));

        assertThat(delivered).containsExactly(next);
    }

    /**
     * Starts the inbox route twice, the second time as a supervisor would, on a state file that Camel cannot load: both
     * starts are refused and leave the file as it was; then fixes the file and lets the route deliver what came after
     * the saved id.
     */
    private void assertEveryStartRefusedUntilFixed(byte[] corrupt, String problemLine, byte[] fixed) throws Exception {
        Path stateFile = stateDir.resolve("inbox.state");
        Files.write(stateFile, corrupt);
        context.getRegistry().bind("inboxState", FileStateRepository.fileStateRepository(stateFile.toFile()));
        addInboxRouteNotStarted("ALL");

        for (int start = 1; start <= 2; start++) {
            Throwable refusal = refusedStart();
            assertThat(Files.readAllBytes(stateFile)).as("the file after start %d", start).isEqualTo(corrupt);
            assertThat(refusal).as("start %d", start).hasStackTraceContaining(stateFile.toString())
                    .hasStackTraceContaining(KEY).hasStackTraceContaining(problemLine);
        }
        assertThat(sandbox().calls("im.notify.get")).isEmpty();
        assertThat(delivered).isEmpty();

        Files.write(stateFile, fixed);
        context.getRouteController().startRoute("inbox");
        await().atMost(Duration.ofSeconds(10)).until(() -> !delivered.isEmpty());
        // polls after the first deliver nothing more
        int gets = sandbox().calls("im.notify.get").size();
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox().calls("im.notify.get").size() >= gets + 2);
        context.getRouteController().stopRoute("inbox");
    }

    @Test
    void aStateRepositoryThatCannotBeReadStopsTheStartNamingItAndTheKey() throws Exception {
        sandbox().seed(1).text("waiting").create();
        context.getRegistry().bind("inboxState", new MemoryStateRepository() {
            @Override
            public String getState(String key) {
                throw new IllegalStateException("connection refused");
            }

            @Override
            public String toString() {
                return "RemotePositions[positions.internal:6379]";
            }
        });
        addInboxRouteNotStarted("ALL");

        for (int start = 1; start <= 2; start++) {
            assertThat(refusedStart()).as("start %d", start).hasStackTraceContaining("RemotePositions[positions.internal:6379]")
                    .hasStackTraceContaining(KEY).hasStackTraceContaining("connection refused");
        }
        assertThat(sandbox().calls("im.notify.get")).isEmpty();
        assertThat(delivered).isEmpty();
    }

    @Test
    void aStartWithoutSavedPositionSaysSoOnceAndWhereItStarts() throws Exception {
        long waiting = sandbox().seed(1).text("waiting").create();
        Path stateFile = stateDir.resolve("new.state");
        context.getRegistry().bind("inboxState", FileStateRepository.fileStateRepository(stateFile.toFile()));
        addInboxRouteNotStarted("ALL");

        List<CapturedLog.Line> lines;
        try (CapturedLog log = CapturedLog.open()) {
            context.getRouteController().startRoute("inbox");
            await().atMost(Duration.ofSeconds(10)).until(() -> delivered.contains(waiting));
            // a few more polls, which must not say it again
            int gets = sandbox().calls("im.notify.get").size();
            await().atMost(Duration.ofSeconds(10)).until(() -> sandbox().calls("im.notify.get").size() >= gets + 3);
            context.getRouteController().stopRoute("inbox");
            // a start with the position saved says nothing of the kind
            context.getRouteController().startRoute("inbox");
            int restartGets = sandbox().calls("im.notify.get").size();
            await().atMost(Duration.ofSeconds(10)).until(() -> sandbox().calls("im.notify.get").size() >= restartGets + 2);
            context.getRouteController().stopRoute("inbox");
            lines = log.lines();
        }

        assertThat(lines).filteredOn(line -> line.level() == Level.INFO && line.text().contains("saved position"))
                .singleElement().satisfies(line -> assertThat(line.text())
                        .contains("No saved position", KEY, stateFile.toString(), "startFrom=ALL", "oldest"));
        assertThat(delivered).containsExactly(waiting);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
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
