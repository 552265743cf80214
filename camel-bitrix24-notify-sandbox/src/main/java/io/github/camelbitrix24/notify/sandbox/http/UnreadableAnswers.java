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
package io.github.camelbitrix24.notify.sandbox.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import io.github.camelbitrix24.notify.sandbox.UnreadableAnswer;
import io.github.camelbitrix24.notify.sandbox.calls.MethodOutcome;
import io.github.camelbitrix24.notify.sandbox.encoding.Json;

/** Writes an {@link UnreadableAnswer} in place of a call's real answer, made from that answer where it needs one. */
final class UnreadableAnswers {

    private static final String JSON = "application/json; charset=utf-8";
    private static final String ERROR_PAGE = "<html><head><title>502 Bad Gateway</title></head><body><center>"
                                             + "<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
    /** The member of a batch answer that holds each command's result. */
    private static final String RESULT = "result";
    private static final String WRONG_SHAPE_KEY = "ID";

    private UnreadableAnswers() {
    }

    static void send(HttpExchange exchange, MethodOutcome outcome, UnreadableAnswer answer, boolean batch)
            throws IOException {
        switch (answer) {
            case TRUNCATED_JSON -> {
                byte[] whole = Json.writeBytes(outcome.body());
                write(exchange, 200, JSON, Arrays.copyOf(whole, whole.length / 2));
            }
            case EMPTY_BODY -> write(exchange, 200, JSON, new byte[0]);
            case NO_RESULT -> {
                Map<String, Object> body = new LinkedHashMap<>(outcome.body());
                body.remove(RESULT);
                write(exchange, 200, JSON, Json.writeBytes(body));
            }
            case WRONG_RESULT_SHAPE -> {
                Map<String, Object> body = new LinkedHashMap<>(outcome.body());
                if (outcome.succeeded()) {
                    body.put(RESULT, batch ? eachCommandWrapped(outcome.result()) : wrapped(outcome.result()));
                }
                write(exchange, 200, JSON, Json.writeBytes(body));
            }
            case ERROR_PAGE -> write(exchange, 502, "text/html", ERROR_PAGE.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Map<String, Object> wrapped(Object result) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(WRONG_SHAPE_KEY, result);
        return object;
    }

    /** A batch answer whose commands' results are each wrapped; the rest (errors, times) as it was. */
    private static Object eachCommandWrapped(Object batchResult) {
        if (!(batchResult instanceof Map<?, ?> answer) || !(answer.get(RESULT) instanceof Map<?, ?> results)) {
            return batchResult;
        }
        Map<Object, Object> commands = new LinkedHashMap<>();
        results.forEach((command, result) -> commands.put(command, wrapped(result)));
        Map<Object, Object> copy = new LinkedHashMap<>(answer);
        copy.put(RESULT, commands);
        return copy;
    }

    /** The body with its exact length; an empty one as "no body", which the server sends as Content-length 0. */
    private static void write(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
