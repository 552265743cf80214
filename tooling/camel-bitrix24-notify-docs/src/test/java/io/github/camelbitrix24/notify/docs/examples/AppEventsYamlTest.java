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
package io.github.camelbitrix24.notify.docs.examples;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.client.config.PortalRecord;
import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.EventDelivery;
import io.github.camelbitrix24.notify.sandbox.SandboxInstallation;
import io.github.camelbitrix24.notify.sandbox.SandboxPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The many-portals guide's YAML handler (snippets/app-events.camel.yaml) in camel-main, with camel-main's HTTP server:
 * a sandbox portal installs the application on it, posts a forged event and uninstalls it.
 */
class AppEventsYamlTest {

    private static final String CLIENT_ID = "app.yaml-handler";

    private Bitrix24Sandbox sandbox;
    private CamelMainRun camel;
    private String handlerUrl;

    @BeforeEach
    void start() throws IOException {
        sandbox = Bitrix24Sandbox.start();
        sandbox.oauth().registerApp(CLIENT_ID, "yaml-handler-secret");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        handlerUrl = "http://127.0.0.1:" + port + "/bitrix24/events";
        camel = new CamelMainRun().routeFiles("classpath:snippets/app-events.camel.yaml")
                .property("camel.server.enabled", "true")
                .property("camel.server.host", "127.0.0.1")
                .property("camel.server.port", port)
                .start();
    }

    @AfterEach
    void stop() {
        camel.close();
        sandbox.close();
    }

    @Test
    void theYamlHandlerKeepsTheDirectoryAndRefusesAForgedEvent() {
        SandboxPortal acme = sandbox.portals().add("acme");
        PortalDirectory directory = camel.context().getRegistry().lookupByNameAndType("portals", PortalDirectory.class);

        SandboxInstallation installed = acme.install(CLIENT_ID, handlerUrl);

        PortalRecord portal = directory.find(acme.memberId()).orElseThrow();
        assertThat(portal.clientEndpoint()).isEqualTo(acme.restAddress());
        assertThat(portal.applicationToken()).isEqualTo(installed.applicationToken());
        assertThat(portal.plan()).isEqualTo(PortalPlan.STANDARD);
        assertThat(acme.postForgedEvent(CLIENT_ID, "ONCRMDEALADD", Map.of("FIELDS[ID]", "1")).httpStatus())
                .isEqualTo(401);
        assertThat(acme.postEvent(CLIENT_ID, "ONCRMDEALADD", Map.of("FIELDS[ID]", "1")).httpStatus()).isEqualTo(200);

        EventDelivery uninstalled = acme.uninstall(CLIENT_ID, false).orElseThrow();

        assertThat(uninstalled.httpStatus()).isEqualTo(200);
        assertThat(directory.find(acme.memberId())).isEmpty();
    }
}
