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
package io.github.camelbitrix24.notify.examples.portals;

import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.config.InMemoryPortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.SandboxPortal;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example's application against the sandbox: three portals install it through its handler URL, each receives only
 * its own notification, and an uninstalled portal's message fails without reaching it.
 */
class ManyPortalsExampleTest {

    private final PortalDirectory directory = new InMemoryPortalDirectory();
    private Bitrix24Sandbox sandbox;
    private ManyPortalsApplication application;

    @BeforeEach
    void start() throws Exception {
        sandbox = Bitrix24Sandbox.start();
        sandbox.oauth().registerApp(ManyPortalsExample.CLIENT_ID, ManyPortalsExample.CLIENT_SECRET);
        application = ManyPortalsApplication.start(directory, ManyPortalsExample.freePort(), sandbox.oauthUrl(),
                ManyPortalsExample.CLIENT_ID, ManyPortalsExample.CLIENT_SECRET);
    }

    @AfterEach
    void stop() {
        application.close();
        sandbox.close();
    }

    @Test
    void eachInstalledPortalGetsItsOwnNotificationsAndAnUninstalledOneNone() {
        SandboxPortal acme = sandbox.portals().add("acme");
        SandboxPortal globex = sandbox.portals().add("globex");
        SandboxPortal initech = sandbox.portals().add("initech");
        for (SandboxPortal portal : new SandboxPortal[] { acme, globex, initech }) {
            portal.install(ManyPortalsExample.CLIENT_ID, application.handlerUrl());
            assertThat(directory.find(portal.memberId())).as(portal.name()).isPresent();
        }

        assertThat(application.notify(acme.memberId(), "For acme").getException()).isNull();
        assertThat(application.notify(globex.memberId(), "For globex").getException()).isNull();
        assertThat(application.notify(acme.memberId(), "For acme again").getException()).isNull();

        assertThat(acme.notifications(1)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrder("For acme", "For acme again");
        assertThat(globex.notifications(1)).extracting(StoredNotification::text).containsExactly("For globex");
        assertThat(initech.notifications(1)).isEmpty();

        initech.uninstall(ManyPortalsExample.CLIENT_ID, true);
        initech.clearCalls();
        Exchange refused = application.notify(initech.memberId(), "Are you still there?");

        assertThat(directory.find(initech.memberId())).isEmpty();
        assertThat(refused.getException()).isInstanceOfSatisfying(Bitrix24NotifyException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(Bitrix24NotifyException.PORTAL_NOT_INSTALLED));
        assertThat(initech.calls()).isEmpty();
    }
}
