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

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * The application running in camel-main: its handler URL served by camel-main's HTTP server on {@code port}, its
 * portals in {@code directory}, its OAuth application's id and secret on the component.
 */
public final class ManyPortalsApplication implements AutoCloseable {

    private final Main main;
    private final ProducerTemplate template;
    private final String handlerUrl;

    private ManyPortalsApplication(Main main, String handlerUrl) {
        this.main = main;
        this.template = main.getCamelContext().createProducerTemplate();
        this.handlerUrl = handlerUrl;
    }

    public static ManyPortalsApplication start(
            PortalDirectory directory, int port, String oauthUrl, String clientId, String clientSecret) {
        Main main = new Main();
        main.bind("portals", directory);
        main.configure().addRoutesBuilder(new ManyPortalsRoutes(directory));
        main.addInitialProperty("camel.main.name", "many-portals-example");
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", "127.0.0.1");
        main.addInitialProperty("camel.server.port", Integer.toString(port));
        main.addInitialProperty("camel.component.bitrix24-notify.oauthUrl", oauthUrl);
        main.addInitialProperty("camel.component.bitrix24-notify.clientId", clientId);
        main.addInitialProperty("camel.component.bitrix24-notify.clientSecret", clientSecret);
        main.start();
        return new ManyPortalsApplication(main, "http://127.0.0.1:" + port + "/bitrix24/events");
    }

    /** The URL a portal posts its installation and events to. */
    public String handlerUrl() {
        return handlerUrl;
    }

    /** Sends a notification to user 1 of the portal with this {@code member_id}; the exchange holds any failure. */
    public Exchange notify(String memberId, String text) {
        return template.send("direct:notify", exchange -> {
            exchange.getMessage().setHeader(Bitrix24NotifyConstants.MEMBER_ID, memberId);
            exchange.getMessage().setBody(text);
        });
    }

    @Override
    public void close() {
        main.stop();
    }
}
