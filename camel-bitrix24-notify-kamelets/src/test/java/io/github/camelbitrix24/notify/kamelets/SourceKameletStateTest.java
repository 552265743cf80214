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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The webhook source Kamelet across restarts, each in a new CamelContext: with a stateRepository it resumes after the
 * last emitted notification; without one, startFrom=UNREAD emits the still unread ones again.
 */
class SourceKameletStateTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @TempDir
    Path stateDir;

    private final List<Long> emitted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void emptyThePortal() {
        PORTAL.sandbox().reset();
    }

    /** Runs the source Kamelet, with its own route id, until it emitted {@code count} notifications in all. */
    private void runSourceUntilEmitted(int count, String kameletOptions) throws Exception {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        try (CamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("inboxState",
                    FileStateRepository.fileStateRepository(stateDir.resolve("inbox.state").toFile()));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("kamelet:bitrix24-notify-source/inbox-source?webhookUrl=RAW(" + sandbox.webhookUrl() + ")"
                         + "&delay=100&startFrom=UNREAD" + kameletOptions)
                            .process(exchange -> emitted.add(exchange.getMessage().getHeader("notify-id", Long.class)));
                }
            });
            context.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> emitted.size() >= count);
            // more polls, which must emit nothing more
            int gets = sandbox.calls("im.notify.get").size();
            await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.calls("im.notify.get").size() >= gets + 3);
        }
    }

    @Test
    void withAStateRepositoryARestartEmitsOnlyWhatIsNew() throws Exception {
        String options = "&stateRepository=#bean:inboxState";
        long first = PORTAL.sandbox().seed(1).text("first").create();
        long second = PORTAL.sandbox().seed(1).text("second").create();

        runSourceUntilEmitted(2, options);
        long third = PORTAL.sandbox().seed(1).text("third").create();
        runSourceUntilEmitted(3, options);

        // the first two are still unread: startFrom=UNREAD would have emitted them again
        assertThat(emitted).containsExactly(first, second, third);
        assertThat(Files.readString(stateDir.resolve("inbox.state"))).contains("bitrix24-notify:inbox-source=" + third);
    }

    @Test
    void withoutAStateRepositoryARestartEmitsTheUnreadOnesAgain() throws Exception {
        long first = PORTAL.sandbox().seed(1).text("first").create();

        runSourceUntilEmitted(1, "");
        long second = PORTAL.sandbox().seed(1).text("second").create();
        runSourceUntilEmitted(3, "");

        assertThat(emitted).containsExactly(first, first, second);
    }
}
