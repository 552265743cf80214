package io.github.camelbitrix24.notify.sandbox.http;

import java.io.IOException;
import java.io.OutputStream;

import com.sun.net.httpserver.HttpExchange;

import io.github.camelbitrix24.notify.sandbox.encoding.Json;

/**
 * Writes the portal's answers: JSON bodies with an exact length, so connections stay alive for the next request.
 */
final class JsonResponses {

    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private JsonResponses() {
    }

    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Json.writeBytes(body);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
