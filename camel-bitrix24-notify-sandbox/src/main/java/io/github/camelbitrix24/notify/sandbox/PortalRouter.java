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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Sends each request to its portal by the first segment of its path: {@code /rest/...} to the default portal,
 * {@code /<name>/rest/...} to the portal of that name. A renamed portal's old name answers 301 Moved Permanently to the
 * same path and query at its new address, as a portal whose address changed does, without reaching the portal; any
 * other path goes to the default portal, which answers it as it always did (404 for what is not its REST API).
 */
final class PortalRouter implements HttpHandler {

    /** The default portal's REST API, at the root. */
    private static final String ROOT_REST = "rest";

    private final SandboxPortals portals;

    PortalRouter(SandboxPortals portals) {
        this.portals = portals;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        int end = path.indexOf('/', 1);
        String first = path.length() <= 1 ? "" : path.substring(1, end < 0 ? path.length() : end);
        String within = end < 0 ? "" : path.substring(end);
        if (first.isEmpty() || ROOT_REST.equals(first)) {
            portals.defaultPortal().state().handler.handle(exchange, path);
            return;
        }
        Optional<SandboxPortal> portal = portals.named(first);
        if (portal.isPresent()) {
            portal.get().state().handler.handle(exchange, within);
            return;
        }
        Optional<SandboxPortal> moved = portals.formerlyNamed(first);
        if (moved.isPresent()) {
            redirect(exchange, moved.get().portalUrl() + within);
            return;
        }
        portals.defaultPortal().state().handler.handle(exchange, path);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        try {
            exchange.getRequestBody().readAllBytes();
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders().set("Location", query == null ? location : location + "?" + query);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            byte[] page = ("<html><head><title>301 Moved Permanently</title></head><body><center>"
                           + "<h1>301 Moved Permanently</h1></center><hr><center>nginx</center></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(301, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        } finally {
            exchange.close();
        }
    }
}
