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
package io.github.camelbitrix24.notify.apps;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelbitrix24.notify.client.config.InMemoryPortalDirectory;
import io.github.camelbitrix24.notify.client.config.JdbcPortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.client.config.PortalRecord;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.EventDelivery;
import io.github.camelbitrix24.notify.sandbox.SandboxInstallation;
import io.github.camelbitrix24.notify.sandbox.SandboxPortal;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.CapturedLog;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The application's handler behind camel-main's own HTTP server ({@code platform-http}), as a user runs it, with the
 * sandbox's portals installing the application on it over real HTTP: the installation callback and ONAPPINSTALL
 * register the portal in the directory, whose pair then sends; ONAPPUNINSTALL removes it; a forged event, an event of a
 * portal not registered and a forged re-installation get 401, with no token in the log. On both directories that keep
 * their portals in the process (memory, and a database: H2).
 */
class Bitrix24AppEventsTest {

    private static final String CLIENT_ID = "app.many-portals";
    private static final String CLIENT_SECRET = "s3cr3t-of-the-many-portals-app";

    enum Directory {
        MEMORY,
        H2
    }

    private final List<String> removed = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> passedOn = new CopyOnWriteArrayList<>();
    private Bitrix24Sandbox sandbox;
    private PortalDirectory directory;
    private Main main;
    private String handlerUrl;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Directory.class)
    void anInstallationRegistersThePortalWhosePairThenSends(Directory kind) throws Exception {
        start(kind);
        SandboxPortal acme = sandbox.portals().add("acme");

        SandboxInstallation installed = acme.install(CLIENT_ID, handlerUrl);

        assertThat(acme.deliveries()).extracting(EventDelivery::event, EventDelivery::httpStatus)
                .containsExactly(tuple(EventDelivery.INSTALLATION_CALLBACK, 200),
                        tuple("ONAPPINSTALL", 200));
        PortalRecord portal = directory.find(acme.memberId()).orElseThrow();
        assertThat(portal.clientEndpoint()).isEqualTo(acme.restAddress());
        assertThat(portal.domain()).isEqualTo(acme.domain());
        assertThat(portal.tokens().accessToken()).isEqualTo(installed.tokens().accessToken());
        assertThat(portal.tokens().refreshToken()).isEqualTo(installed.tokens().refreshToken());
        assertThat(portal.applicationToken()).isEqualTo(installed.applicationToken());
        assertThat(portal.plan()).isEqualTo(PortalPlan.ENTERPRISE);
        assertThat(passedOn).extracting(headers -> headers.get(Bitrix24AppEvents.EVENT))
                .containsExactly(Bitrix24AppEvents.INSTALLATION_CALLBACK, "ONAPPINSTALL");
        assertThat(passedOn).as("the route gets no token in the headers").allSatisfy(headers -> assertThat(
                headers.values()).doesNotContain(installed.tokens().accessToken(), installed.tokens().refreshToken(),
                        installed.applicationToken()));

        // the stored pair sends, through an endpoint whose token store is the portal's entry in the directory
        main.getCamelContext().getRegistry().bind("acmeTokens", directory.tokens(acme.memberId()));
        Exchange sent = main.getCamelTemplate().send("bitrix24-notify:notify?userId=1&portalUrl=" + acme.portalUrl()
                                                     + "&oauthUrl=" + sandbox.oauthUrl() + "&clientId=" + CLIENT_ID
                                                     + "&clientSecret=RAW(" + CLIENT_SECRET + ")&tokenStore=#acmeTokens",
                exchange -> exchange.getMessage().setBody("Installed"));
        assertThat(sent.getException()).isNull();
        assertThat(acme.notifications(1)).extracting(StoredNotification::text).containsExactly("Installed");
    }

    @ParameterizedTest
    @EnumSource(Directory.class)
    void anUninstallationRemovesThePortalAndTellsTheListener(Directory kind) throws Exception {
        start(kind);
        SandboxPortal acme = sandbox.portals().add("acme");
        SandboxPortal globex = sandbox.portals().add("globex");
        acme.install(CLIENT_ID, handlerUrl);
        globex.install(CLIENT_ID, handlerUrl);

        EventDelivery uninstalled = acme.uninstall(CLIENT_ID, true).orElseThrow();

        assertThat(uninstalled.httpStatus()).isEqualTo(200);
        assertThat(directory.find(acme.memberId())).isEmpty();
        assertThat(directory.find(globex.memberId())).isPresent();
        assertThat(removed).containsExactly(acme.memberId());
        assertThat(passedOn.get(passedOn.size() - 1)).containsEntry(Bitrix24AppEvents.EVENT, "ONAPPUNINSTALL")
                .containsEntry(Bitrix24AppEvents.MEMBER_ID, acme.memberId())
                .containsEntry(Bitrix24AppEvents.EVENT_DATA, Map.of("LANGUAGE_ID", "en", "CLEAN", "1"));
    }

    @ParameterizedTest
    @EnumSource(Directory.class)
    void anEventWithoutThePortalsApplicationTokenIsRefusedAndLoggedWithoutSecrets(Directory kind) throws Exception {
        start(kind);
        SandboxPortal acme = sandbox.portals().add("acme");
        SandboxInstallation installed;
        EventDelivery forged;
        EventDelivery genuine;
        List<CapturedLog.Line> lines;
        try (CapturedLog log = CapturedLog.open()) {
            installed = acme.install(CLIENT_ID, handlerUrl);
            int before = passedOn.size();
            forged = acme.postForgedEvent(CLIENT_ID, "ONCRMDEALADD", Map.of("FIELDS[ID]", "7"));
            assertThat(passedOn).as("a refused event goes no further along the route").hasSize(before);
            genuine = acme.postEvent(CLIENT_ID, "ONCRMDEALADD", Map.of("FIELDS[ID]", "8"));
            lines = log.lines();
        }

        assertThat(forged.httpStatus()).isEqualTo(401);
        assertThat(forged.answer()).doesNotContain(forged.field("auth[application_token]"))
                .doesNotContain(installed.applicationToken());
        assertThat(genuine.httpStatus()).isEqualTo(200);
        assertThat(passedOn.get(passedOn.size() - 1)).containsEntry(Bitrix24AppEvents.EVENT, "ONCRMDEALADD")
                .containsEntry(Bitrix24AppEvents.EVENT_DATA, Map.of("FIELDS[ID]", "8"));
        assertThat(lines).anySatisfy(line -> assertThat(line.text()).contains("Refused", "ONCRMDEALADD",
                acme.memberId(), "401"));
        for (String secret : List.of(installed.tokens().accessToken(), installed.tokens().refreshToken(),
                installed.applicationToken(), forged.field("auth[application_token]"))) {
            assertThat(lines).noneSatisfy(line -> assertThat(line.text() + line.stackTrace()).contains(secret));
        }
    }

    @ParameterizedTest
    @EnumSource(Directory.class)
    void anEventOfAPortalNotRegisteredAndAForgedReinstallationAreRefused(Directory kind) throws Exception {
        start(kind);
        SandboxPortal acme = sandbox.portals().add("acme");
        SandboxPortal globex = sandbox.portals().add("globex");
        SandboxInstallation acmeInstalled = acme.install(CLIENT_ID, handlerUrl);
        globex.install(CLIENT_ID, handlerUrl);
        directory.remove(globex.memberId());

        assertThat(globex.postEvent(CLIENT_ID, "ONCRMDEALADD", Map.of("FIELDS[ID]", "9")).httpStatus())
                .as("an event of a portal the directory does not hold").isEqualTo(401);

        // someone who knows acme's member_id installs "acme" again with his own pair and application_token
        HttpResponse<String> takeover = post("event=ONAPPINSTALL&auth[member_id]=" + acme.memberId()
                                             + "&auth[domain]=evil.example&auth[client_endpoint]=https://evil.example/rest/"
                                             + "&auth[access_token]=a&auth[refresh_token]=r&auth[application_token]=x");
        assertThat(takeover.statusCode()).isEqualTo(401);
        PortalRecord kept = directory.find(acme.memberId()).orElseThrow();
        assertThat(kept.clientEndpoint()).isEqualTo(acme.restAddress());
        assertThat(kept.applicationToken()).isEqualTo(acmeInstalled.applicationToken());

        assertThat(post("event=ONCRMDEALADD&data[X]=1").statusCode()).as("no member_id").isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(Directory.class)
    void aFormIsReadFromARawBodyAndFromHeadersWithoutBody(Directory kind) throws Exception {
        start(kind);
        String form = "event=ONAPPINSTALL&auth%5Bmember_id%5D=m1&auth%5Bdomain%5D=portal.example"
                      + "&auth%5Bclient_endpoint%5D=https%3A%2F%2Fportal.example%2Frest%2F&auth%5Baccess_token%5D=a1"
                      + "&auth%5Brefresh_token%5D=r1&auth%5Bexpires_in%5D=3600&auth%5Bapplication_token%5D=t1";

        Exchange installed = main.getCamelTemplate().send("direct:events", exchange -> {
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/x-www-form-urlencoded");
            exchange.getMessage().setBody(form);
        });

        assertThat(installed.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        PortalRecord portal = directory.find("m1").orElseThrow();
        assertThat(portal.clientEndpoint()).isEqualTo("https://portal.example/rest/");
        assertThat(portal.tokens().accessToken()).isEqualTo("a1");
        assertThat(portal.applicationToken()).isEqualTo("t1");

        assertThat(sendAsHeaders("t1").getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        Exchange forged = sendAsHeaders("t2");
        assertThat(forged.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(401);
        assertThat(forged.getMessage().getHeaders()).doesNotContainKey("auth[application_token]");
    }

    private Exchange sendAsHeaders(String applicationToken) throws Exception {
        return main.getCamelTemplate().send("direct:events", exchange -> {
            exchange.getMessage().setHeader("event", "ONCRMDEALADD");
            exchange.getMessage().setHeader("auth[member_id]", "m1");
            exchange.getMessage().setHeader("auth[application_token]", applicationToken);
        });
    }

    private void start(Directory kind) throws Exception {
        sandbox = Bitrix24Sandbox.start();
        sandbox.oauth().registerApp(CLIENT_ID, CLIENT_SECRET);
        directory = switch (kind) {
            case MEMORY -> new InMemoryPortalDirectory();
            case H2 -> new JdbcPortalDirectory(h2());
        };
        Bitrix24AppEvents appEvents = new Bitrix24AppEvents(directory, PortalPlan.ENTERPRISE, new PortalInstallListener() {
            @Override
            public void removed(String memberId) {
                removed.add(memberId);
            }
        });
        int port = freePort();
        handlerUrl = "http://127.0.0.1:" + port + "/bitrix24/events";
        main = new Main();
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", "127.0.0.1");
        main.addInitialProperty("camel.server.port", Integer.toString(port));
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("platform-http:/bitrix24/events?httpMethodRestrict=POST")
                        .process(appEvents)
                        .process(exchange -> passedOn.add(new HashMap<>(exchange.getMessage().getHeaders())));
                // the same handler where a runtime hands over the raw form, or only headers
                from("direct:events").process(appEvents);
            }
        });
        main.start();
    }

    private HttpResponse<String> post(String form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(handlerUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.replace("[", "%5B").replace("]", "%5D")))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JdbcDataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:app-events-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
