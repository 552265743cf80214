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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What installed portals cost in the sandbox's heap: 10,000 portals, each with an application installed, and then the
 * same portals once each has served. Prints the figures; asserts only that an installed portal nobody called made no
 * serving state (its store, call log, limits and faults), since heap figures are rough.
 */
class PortalHeapCostTest {

    private static final int PORTALS = 10_000;
    private static final String CLIENT_ID = "app.heap";

    @Test
    void tenThousandInstalledPortalsStayCheapUntilUsed() {
        try (Bitrix24Sandbox sandbox = Bitrix24Sandbox.start()) {
            sandbox.oauth().registerApp(CLIENT_ID, "s3cr3t");
            long before = usedHeap();

            List<SandboxPortal> portals = new ArrayList<>(PORTALS);
            for (int i = 0; i < PORTALS; i++) {
                SandboxPortal portal = sandbox.portals().add("portal-" + i);
                portal.install(CLIENT_ID);
                portals.add(portal);
            }
            long installed = usedHeap();
            portals.forEach(SandboxPortal::limits);
            long serving = usedHeap();

            System.out.printf("Sandbox heap, %,d portals with an application installed: %,d bytes per idle portal "
                              + "(name, member_id, installation, its tokens), %,d more per portal once it serves "
                              + "(store, call log, webhooks, limits, faults, methods)%n",
                    PORTALS, (installed - before) / PORTALS, (serving - installed) / PORTALS);
            assertThat(sandbox.portals().size()).isEqualTo(PORTALS + 1);
            assertThat(portals).allMatch(SandboxPortal::serving);
        }
    }

    @Test
    void anInstalledPortalMakesItsServingStateOnItsFirstRequestOnly() {
        try (Bitrix24Sandbox sandbox = Bitrix24Sandbox.start()) {
            sandbox.oauth().registerApp(CLIENT_ID, "s3cr3t");
            SandboxPortal portal = sandbox.portals().add("lazy");
            SandboxInstallation installed = portal.install(CLIENT_ID);
            portal.rename("lazy-new");

            assertThat(portal.serving()).isFalse();
            PortalHttpCaller.Reply reply = new PortalHttpCaller(portal.restAddress()).form("im.notify.get",
                    PortalHttpCaller.form("auth", installed.tokens().accessToken(), "LIMIT", "5"));
            assertThat(reply.status()).isEqualTo(200);
            assertThat(portal.serving()).isTrue();
        }
    }

    private static long usedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
