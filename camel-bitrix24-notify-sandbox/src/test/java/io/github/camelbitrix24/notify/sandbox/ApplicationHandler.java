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
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An application's handler URL, as a marketplace application serves it, for the sandbox tests: it keeps every POST it
 * gets (query string and form fields, decoded), trusts {@code ONAPPINSTALL} and remembers the portal's
 * {@code application_token}, and answers any later event 200 only with that token, else 401.
 */
final class ApplicationHandler implements AutoCloseable {

    /** One POST received. */
    record Received(String path, Map<String, String> query, Map<String, String> form) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> applicationTokens = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    ApplicationHandler() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The handler's URL, {@code http://127.0.0.1:<port>/bitrix24/events}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bitrix24/events";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            Map<String, String> form = decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(new Received(
                    exchange.getRequestURI().getRawPath(), decode(exchange.getRequestURI().getRawQuery()),
                    form));
            answer(exchange, accepts(form) ? 200 : 401);
        } finally {
            exchange.close();
        }
    }

    private boolean accepts(Map<String, String> form) {
        String memberId = form.getOrDefault("auth[member_id]", form.get("member_id"));
        String token = form.getOrDefault("auth[application_token]", form.get("APPLICATION_TOKEN"));
        if ("ONAPPINSTALL".equals(form.get("event")) || form.containsKey("AUTH_ID")) {
            // the installation: keep the portal's token for its later events
            applicationTokens.put(memberId, token);
            return true;
        }
        return token != null && token.equals(applicationTokens.get(memberId));
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        byte[] body = (status == 200 ? "{\"status\":\"success\"}" : "{\"error\":\"wrong application_token\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            fields.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                    equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
