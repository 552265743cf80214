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
package io.github.camelbitrix24.notify.sandbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    @RegisterExtension
    static Bitrix24SandboxExtension portal = new Bitrix24SandboxExtension();

    private static final int CLIENTS = 200;

    @Test
    void servesHundredsOfConcurrentClients() {
        Bitrix24Sandbox sandbox = portal.sandbox();
        PortalHttpCaller client = new PortalHttpCaller(sandbox.webhookUrl());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<CompletableFuture<PortalHttpCaller.Reply>> replies = IntStream.range(0, CLIENTS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> client.json("im.notify", Map.of("USER_ID", 1 + i % 4, "MESSAGE", "n" + i)), clients))
                    .toList();

            List<Long> ids = replies.stream().map(CompletableFuture::join).map(reply -> {
                assertThat(reply.status()).isEqualTo(200);
                return reply.result().asLong();
            }).toList();

            assertThat(ids).doesNotHaveDuplicates();
            assertThat(sandbox.calls("im.notify")).hasSize(CLIENTS);
            assertThat(IntStream.rangeClosed(1, 4).map(user -> sandbox.notifications(user).size()).sum())
                    .isEqualTo(CLIENTS);
        } finally {
            clients.shutdownNow();
        }
    }
}
