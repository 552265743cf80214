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
package io.github.camelbitrix24.notify.client;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.Bitrix24Response;
import io.github.camelbitrix24.notify.client.call.BitrixJson;
import io.github.camelbitrix24.notify.client.call.RequestKind;
import io.github.camelbitrix24.notify.client.oauth.OAuthSettings;
import io.github.camelbitrix24.notify.client.support.PlainClientThreads;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.SandboxPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many portals called through one set of clients, each once, as one endpoint serving every portal asks for a portal's
 * client per message: the threads stay as they are whatever the number of portals, a portal's state goes once it has
 * been idle for the portal idle time (and its connections with it) and comes back on its next call, and a portal with a
 * client held or a call in flight keeps its state.
 */
class IdlePortalsTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension SANDBOX = new Bitrix24SandboxExtension();

    private static final int COMPLETION_THREADS = 4;
    /** What may start besides the client's threads while portals are added (a JIT or GC helper, a sandbox worker). */
    private static final int THREADS_ASIDE = 4;
    private static final PolicySettings ONE_BY_ONE = new PolicySettings(2, 10, 0, 100, 1, 0, null);

    private PortalClients clients;

    @BeforeEach
    void reset() {
        SANDBOX.sandbox().reset();
    }

    @AfterEach
    void close() {
        if (clients != null) {
            clients.close();
        }
    }

    @Test
    void threadsStayTheSameAtOneHundredAndOneThousandPortals() {
        clients = new PortalClients(
                new PlainClientThreads(COMPLETION_THREADS), BitrixJson.newMapper(), 50, 5, Duration.ofMinutes(10));
        List<SandboxPortal> portals = addPortals("threads", 1_000);

        callOnceEach(portals.subList(0, 1));
        int atOne = liveThreads();
        callOnceEach(portals.subList(1, 100));
        int atOneHundred = liveThreads();
        callOnceEach(portals.subList(100, 1_000));
        int atOneThousand = liveThreads();
        System.out.printf("Live threads at 1, 100, 1,000 portals: %d, %d, %d%n", atOne, atOneHundred, atOneThousand);

        assertThat(portals).allSatisfy(portal -> assertThat(portal.calls("im.notify.system.add")).hasSize(1));
        assertThat(clients.portalsLive()).as("idle, not yet released").isEqualTo(1_000);
        assertThat(clients.portalsInUse()).as("no client held").isZero();
        assertThat(atOneHundred).isLessThanOrEqualTo(atOne + THREADS_ASIDE);
        assertThat(atOneThousand).isLessThanOrEqualTo(atOne + THREADS_ASIDE);
    }

    @Test
    void idlePortalsAreReleasedWithTheirConnectionsAndComeBackOnTheirNextCall() {
        clients = new PortalClients(
                new PlainClientThreads(COMPLETION_THREADS), BitrixJson.newMapper(), 50, 5, Duration.ofMillis(300));
        List<SandboxPortal> portals = addPortals("idle", 1_000);
        callOnceEach(portals);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(clients.portalsLive()).as("portals with state").isZero();
            assertThat(clients.openConnections()).as("connections open").isZero();
        });

        SandboxPortal back = portals.get(7);
        assertThat(call(back).join().result()).isNotNull();
        assertThat(back.calls("im.notify.system.add")).hasSize(2);
        assertThat(clients.portalsLive()).as("the portal's state made anew").isBetween(1, 1);
    }

    @Test
    void aPortalWithAClientHeldOrACallInFlightIsNotReleased() throws Exception {
        clients = new PortalClients(
                new PlainClientThreads(COMPLETION_THREADS), BitrixJson.newMapper(), 50, 5, Duration.ofMillis(200));
        SandboxPortal held = SANDBOX.sandbox().portals().add("held");
        SandboxPortal busy = SANDBOX.sandbox().portals().add("busy");
        LeasedClient heldClient = clients.clientFor(settingsOf(held));
        assertThat(heldClient.call(notification()).join().result()).isNotNull();
        busy.faults().delayNext("im.notify.system.add", 1, Duration.ofSeconds(2));
        LeasedClient busyClient = clients.clientFor(settingsOf(busy));
        CompletableFuture<Bitrix24Response> inFlight = busyClient.call(notification());
        busyClient.release();

        // ten idle times and more: neither is released
        Thread.sleep(1_000);
        assertThat(inFlight).isNotDone();
        assertThat(clients.portalsLive()).isEqualTo(2);

        assertThat(inFlight.join().result()).isNotNull();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(clients.portalsLive()).isEqualTo(1));
        heldClient.release();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(clients.portalsLive()).isZero());
    }

    private static List<SandboxPortal> addPortals(String prefix, int count) {
        Bitrix24Sandbox sandbox = SANDBOX.sandbox();
        List<SandboxPortal> portals = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            portals.add(sandbox.portals().add(prefix + index));
        }
        return portals;
    }

    /** Each portal's client asked for, called once and released, as an endpoint does per message. */
    private void callOnceEach(List<SandboxPortal> portals) {
        for (SandboxPortal portal : portals) {
            assertThat(call(portal).join().result()).isNotNull();
        }
    }

    private CompletableFuture<Bitrix24Response> call(SandboxPortal portal) {
        LeasedClient client = clients.clientFor(settingsOf(portal));
        try {
            return client.call(notification());
        } finally {
            client.release();
        }
    }

    private static PortalSettings settingsOf(SandboxPortal portal) {
        return new PortalSettings(
                portal.webhookUrl(), new OAuthSettings(null, null, null, null, null, null, null), null, null, 0,
                5_000, 10_000, ONE_BY_ONE);
    }

    private static Bitrix24Request notification() {
        return new Bitrix24Request(
                "im.notify.system.add", Map.of("USER_ID", 1, "MESSAGE", "Hello portal"), RequestKind.SEND, false);
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }
}
