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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The forms a portal posts to an application's handler, with the fields of Bitrix24's pages: the installation callback
 * (the simplified OAuth page's {@code AUTH_ID}, {@code REFRESH_ID}, ... fields), {@code ONAPPINSTALL},
 * {@code ONAPPUNINSTALL} and any other event (the events overview's "event sent to an application" without tokens).
 */
final class ApplicationForms {

    static final String EVENT_INSTALL = "ONAPPINSTALL";
    static final String EVENT_UNINSTALL = "ONAPPUNINSTALL";
    /** The language of the sandbox's portals. */
    static final String LANGUAGE = "en";
    /** The scope of the sandbox's applications, as the renewal answer says. */
    static final String SCOPE = "im";
    /** The application's status on the portal, as the renewal answer says: a local application. */
    static final String STATUS = "L";

    private ApplicationForms() {
    }

    /**
     * The installation callback's query string: {@code DOMAIN}, {@code PROTOCOL} (0 for HTTP), {@code LANG} and
     * {@code APP_SID}.
     */
    static String callbackQuery(SandboxPortal portal, String appSid) {
        return "DOMAIN=" + URLEncoder.encode(portal.domain(), StandardCharsets.UTF_8) + "&PROTOCOL=0&LANG=" + LANGUAGE
               + "&APP_SID=" + appSid;
    }

    /** The installation callback's body: the pair, the application token, the portal's {@code member_id}. */
    static Map<String, String> callbackBody(SandboxInstallation installation, String serverEndpoint) {
        SandboxTokens tokens = installation.tokens();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AUTH_ID", tokens.accessToken());
        form.put("AUTH_EXPIRES", Long.toString(secondsLeft(tokens)));
        form.put("REFRESH_ID", tokens.refreshToken());
        form.put("SERVER_ENDPOINT", serverEndpoint);
        form.put("APPLICATION_TOKEN", installation.applicationToken());
        form.put("APPLICATION_SCOPE", SCOPE);
        form.put("member_id", installation.memberId());
        form.put("status", STATUS);
        form.put("PLACEMENT", "DEFAULT");
        return form;
    }

    /** {@code ONAPPINSTALL}: the application's data and the full {@code auth}, tokens and application token. */
    static Map<String, String> onAppInstall(SandboxPortal portal, SandboxInstallation installation, String serverEndpoint) {
        SandboxTokens tokens = installation.tokens();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("event", EVENT_INSTALL);
        form.put("data[VERSION]", "1");
        form.put("data[ACTIVE]", "Y");
        form.put("data[INSTALLED]", "Y");
        form.put("data[LANGUAGE_ID]", LANGUAGE);
        form.put("ts", now());
        form.put("auth[access_token]", tokens.accessToken());
        form.put("auth[expires]", Long.toString(tokens.expiresAt().getEpochSecond()));
        form.put("auth[expires_in]", Long.toString(secondsLeft(tokens)));
        form.put("auth[scope]", SCOPE);
        form.put("auth[domain]", portal.domain());
        form.put("auth[server_endpoint]", serverEndpoint);
        form.put("auth[status]", STATUS);
        form.put("auth[client_endpoint]", portal.restAddress());
        form.put("auth[member_id]", portal.memberId());
        form.put("auth[user_id]", Long.toString(tokens.userId()));
        form.put("auth[refresh_token]", tokens.refreshToken());
        form.put("auth[application_token]", installation.applicationToken());
        return form;
    }

    /** {@code ONAPPUNINSTALL}: no tokens (they are revoked already), only the portal and the application token. */
    static Map<String, String> onAppUninstall(
            SandboxPortal portal, String applicationToken, boolean clean,
            String serverEndpoint) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("event", EVENT_UNINSTALL);
        form.put("data[LANGUAGE_ID]", LANGUAGE);
        form.put("data[CLEAN]", clean ? "1" : "0");
        form.put("ts", now());
        putPortalAuth(form, portal, applicationToken, serverEndpoint);
        return form;
    }

    /** Any other event, as one raised by an automation rule: its data and the portal's {@code auth} without tokens. */
    static Map<String, String> event(
            SandboxPortal portal, String event, Map<String, String> data, String applicationToken,
            String serverEndpoint) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("event", event);
        data.forEach((name, value) -> form.put("data[" + name + "]", value));
        form.put("ts", now());
        putPortalAuth(form, portal, applicationToken, serverEndpoint);
        return form;
    }

    private static void putPortalAuth(
            Map<String, String> form, SandboxPortal portal, String applicationToken,
            String serverEndpoint) {
        form.put("auth[domain]", portal.domain());
        form.put("auth[server_endpoint]", serverEndpoint);
        form.put("auth[client_endpoint]", portal.restAddress());
        form.put("auth[member_id]", portal.memberId());
        form.put("auth[application_token]", applicationToken);
    }

    private static long secondsLeft(SandboxTokens tokens) {
        // rounded up: a pair issued a moment ago still says the full hour, as the portal does
        return Math.max(0, (Duration.between(Instant.now(), tokens.expiresAt()).toMillis() + 999) / 1000);
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }
}
