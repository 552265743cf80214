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
package io.github.camelbitrix24.notify.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelbitrix24.notify.client.LeasedClient;
import io.github.camelbitrix24.notify.client.PolicySettings;
import io.github.camelbitrix24.notify.client.PortalClients;
import io.github.camelbitrix24.notify.client.PortalSettings;
import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.BitrixJson;
import io.github.camelbitrix24.notify.client.call.ClientThreads;
import io.github.camelbitrix24.notify.client.call.RequestKind;
import io.github.camelbitrix24.notify.client.oauth.OAuthSettings;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.SandboxPortal;

/**
 * The client's heap per portal: with the portals' state kept (called once, idle, not yet released) and after their
 * release, measured after a collection, against the heap with the sandbox's portals made and none called. Run with
 * {@code -Pbench -Dbench.main.class=io.github.camelbitrix24.notify.bench.IdlePortalHeap}.
 */
public final class IdlePortalHeap {

    private static final int PORTALS = 2_000;
    private static final Duration IDLE = Duration.ofSeconds(5);
    private static final PolicySettings ONE_BY_ONE = new PolicySettings(2, 50, 0, 100, 1, 0, null);

    private IdlePortalHeap() {
    }

    public static void main(String[] args) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Figures figures = new Figures(System.out);
        try (Bitrix24Sandbox sandbox = Bitrix24Sandbox.start()) {
            List<SandboxPortal> portals = new ArrayList<>();
            for (int index = 0; index < PORTALS; index++) {
                portals.add(sandbox.portals().add("heap" + index));
            }
            PortalClients clients = new PortalClients(new PlainThreads(), BitrixJson.newMapper(), 200, 50, IDLE);
            for (SandboxPortal portal : portals) {
                LeasedClient client = clients.clientFor(settingsOf(portal));
                client.call(new Bitrix24Request(
                        "im.notify.system.add", Map.of("USER_ID", 1, "MESSAGE", "Hello"), RequestKind.SEND, false)).join();
                client.release();
            }
            // what the sandbox kept of the calls is not the client's
            portals.forEach(portal -> {
                portal.clearCalls();
                portal.notifications(1).forEach(notification -> portal.delete(notification.id()));
            });
            long kept = usedAfterGc(memory);
            int live = clients.portalsLive();
            while (clients.portalsLive() > 0 || clients.openConnections() > 0) {
                Thread.sleep(IDLE.toMillis() / 5);
            }
            long released = usedAfterGc(memory);
            int threads = ManagementFactory.getThreadMXBean().getThreadCount();
            // what stays of the sandbox's portals once called, measured without the client
            clients.close();
            clients = null;
            long none = usedAfterGc(memory);
            figures.print("idle.portals", PORTALS);
            figures.print("idle.portals_with_state_before_release", live);
            figures.print("idle.heap_per_portal_with_state_bytes", (kept - none) / (double) PORTALS);
            figures.print("idle.heap_per_released_portal_bytes", (released - none) / (double) PORTALS);
            figures.print("idle.live_threads", threads);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int round = 0; round < 3; round++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static PortalSettings settingsOf(SandboxPortal portal) {
        return new PortalSettings(
                portal.webhookUrl(), new OAuthSettings(null, null, null, null, null, null, null), null, null, 0,
                5_000, 10_000, ONE_BY_ONE);
    }

    /** The client's threads without Camel: four completion threads and one scheduler. */
    private static final class PlainThreads implements ClientThreads {
        @Override
        public ExecutorService newCompletionPool(String name) {
            return Executors.newFixedThreadPool(4);
        }

        @Override
        public ScheduledExecutorService newScheduler(String name) {
            return Executors.newSingleThreadScheduledExecutor();
        }

        @Override
        public void shutdown(ExecutorService pool) {
            pool.shutdown();
        }

        @Override
        public void shutdownNow(ExecutorService pool) {
            pool.shutdownNow();
        }
    }
}
