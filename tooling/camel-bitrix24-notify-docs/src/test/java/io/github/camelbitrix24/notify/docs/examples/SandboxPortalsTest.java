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
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.EventDelivery;
import io.github.camelbitrix24.notify.sandbox.SandboxInstallation;
import io.github.camelbitrix24.notify.sandbox.SandboxPortal;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The reference's sample of many portals in one sandbox and an application installed on them, run as shown. */
class SandboxPortalsTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private CamelContext context;
    private ProducerTemplate template;
    private HttpServer application;
    private String handlerUrl;
    /** What the application learnt from each portal's ONAPPINSTALL: member_id to application_token. */
    private final Map<String, String> applicationTokens = new ConcurrentHashMap<>();

    @BeforeEach
    void startCamelAndTheApplication() throws IOException {
        context = new DefaultCamelContext();
        context.start();
        template = context.createProducerTemplate();
        application = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        application.createContext("/bitrix24/events", this::handleEvent);
        application.start();
        handlerUrl = "http://127.0.0.1:" + application.getAddress().getPort() + "/bitrix24/events";
    }

    @AfterEach
    void stop() {
        application.stop(0);
        context.stop();
    }

    @Test
    void twoPortalsAndAnApplicationInstalledOnOne() {
        // tag::sandbox-portals[]
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        SandboxPortal acme = sandbox.portals().add("acme");        // http://127.0.0.1:<port>/acme/rest/
        SandboxPortal globex = sandbox.portals().add("globex");    // its own member_id, limits, calls, notifications
        globex.limits().requestRate(2, 50);

        context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).getConfiguration()
                .setWebhookUrl(acme.webhookUrl());
        template.requestBody("bitrix24-notify:notify?userId=5", "Only for acme");
        assertThat(acme.notifications(5)).extracting(StoredNotification::text).containsExactly("Only for acme");
        assertThat(globex.calls()).isEmpty();

        sandbox.oauth().registerApp("app.my.market", "app-secret");
        SandboxInstallation installed = acme.install("app.my.market", handlerUrl);   // POSTs to the handler URL
        assertThat(acme.deliveries()).extracting(EventDelivery::event, EventDelivery::httpStatus)
                .containsExactly(tuple(EventDelivery.INSTALLATION_CALLBACK, 200), tuple("ONAPPINSTALL", 200));
        EventDelivery forged = acme.postForgedEvent("app.my.market", "ONAPPUNINSTALL", Map.of("CLEAN", "1"));
        assertThat(forged.httpStatus()).isEqualTo(401);                              // a wrong application_token

        acme.rename("acme-new");              // the old address answers 301; the next renewal has the new client_endpoint
        acme.uninstall("app.my.market", true); // posts ONAPPUNINSTALL, then installed.tokens() get 401 invalid_token
        // end::sandbox-portals[]

        assertThat(acme.deliveries()).extracting(EventDelivery::httpStatus).containsExactly(200, 200, 401, 200);
        assertThat(applicationTokens).containsEntry(acme.memberId(), installed.applicationToken());
        assertThat(acme.restAddress()).endsWith("/acme-new/rest/");
    }

    /** The application's handler: trusts the installation, then only events with the portal's application_token. */
    private void handleEvent(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = new ConcurrentHashMap<>();
            for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                form.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        nameAndValue.length < 2 ? "" : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
            }
            String memberId = form.getOrDefault("auth[member_id]", form.getOrDefault("member_id", ""));
            String token = form.getOrDefault("auth[application_token]", form.getOrDefault("APPLICATION_TOKEN", ""));
            boolean installing = "ONAPPINSTALL".equals(form.get("event")) || form.containsKey("AUTH_ID");
            if (installing) {
                applicationTokens.put(memberId, token);
            }
            int status = installing || token.equals(applicationTokens.get(memberId)) ? 200 : 401;
            exchange.sendResponseHeaders(status, -1);
        }
    }
}
