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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.client.config.PortalRecord;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The fields of one POST a portal made to the handler, PHP-style names ({@code auth[member_id]}), whichever way the
 * runtime hands them over: the raw {@code application/x-www-form-urlencoded} body, a {@code Map} body, or (when the
 * HTTP server consumed the form) the message headers. The query string's fields ({@code DOMAIN}, {@code PROTOCOL} of
 * the installation callback) come first; the body's win.
 */
final class AppEventForm {

    static final String INSTALL = "ONAPPINSTALL";
    static final String UNINSTALL = "ONAPPUNINSTALL";

    private final Map<String, String> fields;

    private AppEventForm(Map<String, String> fields) {
        this.fields = fields;
    }

    static AppEventForm of(Map<String, String> fields) {
        return new AppEventForm(new LinkedHashMap<>(fields));
    }

    static AppEventForm read(Exchange exchange) {
        Message message = exchange.getMessage();
        Map<String, String> fields = new LinkedHashMap<>();
        decodeInto(message.getHeader(Exchange.HTTP_QUERY, String.class), fields);
        Object body = message.getBody();
        if (body instanceof Map<?, ?> map) {
            map.forEach((name, value) -> putValue(fields, String.valueOf(name), value));
        } else {
            String text = body == null ? null : message.getBody(String.class);
            if (text != null && !text.isBlank()) {
                decodeInto(text, fields);
            } else {
                // the server parsed the form into headers and left no body (Vert.x's body handler does)
                message.getHeaders().forEach((name, value) -> {
                    if (!name.startsWith("Camel") && !fields.containsKey(name)) {
                        putValue(fields, name, value);
                    }
                });
            }
        }
        return new AppEventForm(fields);
    }

    /** The installation callback: the pair as {@code AUTH_ID} and {@code REFRESH_ID}, no {@code event}. */
    boolean isInstallationCallback() {
        return !fields.containsKey("event") && fields.containsKey("AUTH_ID");
    }

    /** An installation: the callback or {@code ONAPPINSTALL}. */
    boolean isInstallation() {
        return isInstallationCallback() || INSTALL.equalsIgnoreCase(event());
    }

    boolean isUninstallation() {
        return UNINSTALL.equalsIgnoreCase(event());
    }

    /** The event's code; {@link Bitrix24AppEvents#INSTALLATION_CALLBACK} for the callback; null when neither. */
    String event() {
        String event = fields.get("event");
        if (event != null && !event.isBlank()) {
            return event.trim().toUpperCase(Locale.ROOT);
        }
        return fields.containsKey("AUTH_ID") ? Bitrix24AppEvents.INSTALLATION_CALLBACK : null;
    }

    String memberId() {
        return blankToNull(fields.getOrDefault("auth[member_id]", fields.get("member_id")));
    }

    String applicationToken() {
        return blankToNull(fields.getOrDefault("auth[application_token]", fields.get("APPLICATION_TOKEN")));
    }

    /**
     * The portal's record from an installation: the address from {@code client_endpoint}, else from {@code PROTOCOL} (1
     * is https, 0 http) and {@code DOMAIN}; the pair and when its access token expires.
     *
     * @throws IllegalArgumentException when a field is missing or wrong (never showing a token)
     */
    PortalRecord installation(PortalPlan plan, Instant now) {
        String domain = blankToNull(fields.getOrDefault("auth[domain]", fields.get("DOMAIN")));
        String clientEndpoint = blankToNull(fields.get("auth[client_endpoint]"));
        if (clientEndpoint == null && domain != null) {
            String scheme = "0".equals(fields.get("PROTOCOL")) ? "http" : "https";
            clientEndpoint = scheme + "://" + domain + "/rest/";
        }
        String access = fields.getOrDefault("auth[access_token]", fields.get("AUTH_ID"));
        String refresh = fields.getOrDefault("auth[refresh_token]", fields.get("REFRESH_ID"));
        if (access == null || access.isBlank() || refresh == null || refresh.isBlank()) {
            throw new IllegalArgumentException("The installation of the portal " + memberId() + " carries no OAuth pair");
        }
        if (applicationToken() == null) {
            throw new IllegalArgumentException(
                    "The installation of the portal " + memberId() + " carries no application_token");
        }
        OAuthTokens tokens = new OAuthTokens(access, refresh, expiresAt(now));
        return new PortalRecord(memberId(), clientEndpoint, domain, tokens, applicationToken(), plan);
    }

    /**
     * Removes the form's fields from the message headers, where Vert.x's platform-http copies them: they carry the
     * tokens, and platform-http would echo them as response headers (and {@code auth[...]} is no valid header name).
     */
    void removeFromHeaders(Message message) {
        fields.keySet().forEach(name -> {
            if (!name.startsWith("Camel")) {
                message.removeHeader(name);
            }
        });
    }

    /** The {@code data[...]} fields, named without {@code data[ ]}: {@code data[CLEAN]} is {@code CLEAN}. */
    Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("data[") && name.endsWith("]")) {
                data.put(name.substring(5, name.length() - 1), value);
            }
        });
        return Collections.unmodifiableMap(data);
    }

    private Instant expiresAt(Instant now) {
        String seconds = fields.getOrDefault("auth[expires_in]", fields.get("AUTH_EXPIRES"));
        try {
            return seconds == null ? null : now.plusSeconds(Long.parseLong(seconds.trim()));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void putValue(Map<String, String> fields, String name, Object value) {
        Object single = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
        if (single instanceof String text) {
            fields.put(name, text);
        }
    }

    private static void decodeInto(String encoded, Map<String, String> fields) {
        if (encoded == null || encoded.isBlank()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            fields.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
