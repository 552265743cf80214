package io.github.camelbitrix24.notify.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyTest {

    private static final int CLIENTS = 200;

    @RegisterExtension
    static Bitrix24SandboxExtension portal = new Bitrix24SandboxExtension();

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
