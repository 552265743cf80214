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
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Posts a portal's installation and events to an application's handler as Bitrix24 does: one
 * {@code application/x-www-form-urlencoded} POST each, PHP-style field names, no retry. The client is made on the first
 * post, so a sandbox that posts nothing holds no client.
 */
final class EventPoster {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private volatile HttpClient client;

    /** Posts the fields to the URL (with that query string, if any) and records the handler's answer. */
    EventDelivery post(String event, URI handler, String query, Map<String, String> fields) {
        URI url = query == null ? handler : URI.create(handler + (handler.getRawQuery() == null ? "?" : "&") + query);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                .build();
        try {
            HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
            return new EventDelivery(event, url, fields, response.statusCode(), response.body());
        } catch (IOException unreachable) {
            return new EventDelivery(event, url, fields, 0, "no answer: " + unreachable);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return new EventDelivery(event, url, fields, 0, "no answer: interrupted");
        }
    }

    /** {@code name=value&...}, names and values URL-encoded, as a PHP form. */
    static String encode(Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                                                 + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
                made = client;
            }
        }
        return made;
    }
}
