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

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import io.github.camelbitrix24.notify.client.config.InMemoryPortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.SandboxPortal;
import org.apache.camel.Exchange;

/**
 * Three portals of the embedded sandbox install the application on its handler URL, each gets its own notification,
 * then one uninstalls it and its next message fails before the wire.
 */
public final class ManyPortalsExample {

    static final String CLIENT_ID = "app.many-portals.example";
    static final String CLIENT_SECRET = "example-client-secret";

    private ManyPortalsExample() {
    }

    public static void main(String[] args) throws Exception {
        PortalDirectory directory = new InMemoryPortalDirectory();
        try (Bitrix24Sandbox sandbox = Bitrix24Sandbox.start();
             ManyPortalsApplication application = ManyPortalsApplication.start(
                     directory, freePort(), sandbox.oauthUrl(), CLIENT_ID, CLIENT_SECRET)) {
            sandbox.oauth().registerApp(CLIENT_ID, CLIENT_SECRET);
            List<SandboxPortal> portals = List.of(sandbox.portals().add("acme"), sandbox.portals().add("globex"),
                    sandbox.portals().add("initech"));
            for (SandboxPortal portal : portals) {
                portal.install(CLIENT_ID, application.handlerUrl());
                System.out.println("Installed on " + portal.name() + ": the directory holds "
                                   + directory.find(portal.memberId()).orElseThrow());
            }
            for (SandboxPortal portal : portals) {
                application.notify(portal.memberId(), "Hello, " + portal.name());
            }
            SandboxPortal initech = portals.get(2);
            initech.uninstall(CLIENT_ID, true);
            Exchange refused = application.notify(initech.memberId(), "Are you still there?");
            System.out.println();
            System.out.println("After initech uninstalled: " + refused.getException().getMessage());
            System.out.println();
            for (SandboxPortal portal : portals) {
                System.out.println(portal.name() + " (" + portal.memberId() + ") got "
                                   + portal.notifications(1).stream().map(n -> n.text()).toList()
                                   + "; its handler answers: " + portal.deliveries());
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
