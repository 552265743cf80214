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
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The sandbox tests' one way to call the portal over real HTTP, raw: JSON bodies, PHP-style form bodies and GET queries
 * against a base URL (a webhook, the OAuth REST root or the token endpoint), answers as JSON trees (a page that is not
 * JSON as one text node).
 */
final class PortalHttpCaller {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String baseUrl;

    PortalHttpCaller(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** POSTs the parameters as a JSON object. */
    Reply json(String method, Map<String, ?> params) {
        return send(request(method).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(params))));
    }

    /** POSTs a raw JSON body. */
    Reply rawJson(String method, String body) {
        return send(request(method).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POSTs an {@code application/x-www-form-urlencoded} body built with {@link #form(String...)}. */
    Reply form(String method, String body) {
        return send(request(method).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** GETs {@code method?query}; {@code pathAndQuery} is appended to the base URL as it is. */
    Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(10)).GET());
    }

    /** {@code name=value&...}, names kept (PHP-style brackets), values URL-encoded. */
    static String form(String... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String method) {
        return HttpRequest.newBuilder(URI.create(baseUrl + method)).timeout(Duration.ofSeconds(10));
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(), body(response.body()),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer as JSON, or as one text node when it is not JSON (a proxy's HTML page). */
    private static JsonNode body(String text) throws IOException {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException notJson) {
            return TextNode.valueOf(text);
        }
    }

    /** An answer of the portal. */
    record Reply(int status, JsonNode body, String contentType) {

        JsonNode result() {
            return body.get("result");
        }

        String error() {
            return body.path("error").asText(null);
        }

        String errorDescription() {
            return body.path("error_description").asText(null);
        }
    }
}
