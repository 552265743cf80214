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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.client.config.PortalRecord;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's handler URL, as a Camel {@link Processor} behind {@code platform-http} (camel-main, Spring Boot,
 * Camel K): each POST a portal makes to it keeps the {@link PortalDirectory} up to date.
 * <ul>
 * <li>The installation callback ({@code AUTH_ID}, {@code REFRESH_ID}, {@code APPLICATION_TOKEN}, {@code member_id} in
 * the body, {@code DOMAIN} and {@code PROTOCOL} in the query string) and {@code ONAPPINSTALL} ({@code auth[...]})
 * register the portal: its address ({@code client_endpoint}, else the protocol and {@code DOMAIN}), pair,
 * {@code application_token} and the {@link #setPlan plan}. A portal already registered must bring its stored
 * {@code application_token} (the callback and {@code ONAPPINSTALL} of one installation carry the same one); a different
 * one is refused, so that nobody who knows a {@code member_id} can take its portal over.</li>
 * <li>{@code ONAPPUNINSTALL} with the stored {@code application_token} removes the portal.</li>
 * <li>Any other event is let through only with the stored {@code application_token}.</li>
 * </ul>
 * An accepted POST answers 200 {@code {"status":"success"}} and goes on along the route with the headers
 * {@link #MEMBER_ID}, {@link #EVENT} and {@link #EVENT_DATA} (the {@code data[...]} fields); the
 * {@link PortalInstallListener} hears of each installation and removal. A refused one answers 401 (a wrong or missing
 * {@code application_token}, or a portal not registered) or 400 (no {@code member_id}, no event, an installation
 * without its pair or token), stops the route, and is logged at WARN with the event and {@code member_id} only: no
 * token reaches a log line or an answer.
 */
public final class Bitrix24AppEvents implements Processor {

    /** The {@link #EVENT} of the installation callback, which names no event. */
    public static final String INSTALLATION_CALLBACK = "INSTALLATION_CALLBACK";
    /** The portal's {@code member_id}, on an accepted POST: the header that picks the portal when sending. */
    public static final String MEMBER_ID = "CamelBitrix24NotifyMemberId";
    /** The event's code, e.g. {@code ONAPPINSTALL}, or {@link #INSTALLATION_CALLBACK}. */
    public static final String EVENT = "CamelBitrix24NotifyAppEvent";
    /** The event's {@code data[...]} fields as a {@code Map<String, String>}, named without {@code data[ ]}. */
    public static final String EVENT_DATA = "CamelBitrix24NotifyAppEventData";

    private static final Logger LOG = LoggerFactory.getLogger(Bitrix24AppEvents.class);
    private static final String ACCEPTED = "{\"status\":\"success\"}";

    private PortalDirectory directory;
    private PortalPlan plan = PortalPlan.STANDARD;
    private PortalInstallListener listener = PortalInstallListener.NONE;

    /** For bean containers (YAML {@code beans}, Spring): set the directory before the first POST. */
    public Bitrix24AppEvents() {
    }

    public Bitrix24AppEvents(PortalDirectory directory) {
        this.directory = directory;
    }

    public Bitrix24AppEvents(PortalDirectory directory, PortalPlan plan, PortalInstallListener listener) {
        this.directory = directory;
        setPlan(plan);
        setListener(listener);
    }

    public PortalDirectory getDirectory() {
        return directory;
    }

    public void setDirectory(PortalDirectory directory) {
        this.directory = directory;
    }

    public PortalPlan getPlan() {
        return plan;
    }

    /** The plan a newly installed portal is registered with; {@code STANDARD} by default. */
    public void setPlan(PortalPlan plan) {
        this.plan = plan == null ? PortalPlan.STANDARD : plan;
    }

    public PortalInstallListener getListener() {
        return listener;
    }

    public void setListener(PortalInstallListener listener) {
        this.listener = listener == null ? PortalInstallListener.NONE : listener;
    }

    @Override
    public void process(Exchange exchange) {
        if (directory == null) {
            throw new IllegalStateException("Bitrix24AppEvents needs its portal directory (setDirectory)");
        }
        AppEventForm form;
        try {
            form = AppEventForm.read(exchange);
        } catch (IllegalArgumentException notAForm) {
            refuse(exchange, 400, null, null, "the body is not a form");
            return;
        }
        form.removeFromHeaders(exchange.getMessage());
        String event = form.event();
        String memberId = form.memberId();
        if (event == null || memberId == null) {
            refuse(exchange, 400, event, memberId, "a Bitrix24 POST names its event and member_id");
            return;
        }
        Optional<PortalRecord> known = directory.find(memberId);
        if (form.isInstallation()) {
            install(exchange, form, known);
        } else if (known.isEmpty()) {
            refuse(exchange, 401, event, memberId, "the portal is not registered");
        } else if (!sameToken(known.get().applicationToken(), form.applicationToken())) {
            refuse(exchange, 401, event, memberId, "wrong or missing application_token");
        } else {
            if (form.isUninstallation()) {
                directory.remove(memberId);
                LOG.info("Bitrix24 portal {} uninstalled the application: removed from the directory", printable(memberId));
                listener.removed(memberId);
            }
            accept(exchange, form);
        }
    }

    private void install(Exchange exchange, AppEventForm form, Optional<PortalRecord> known) {
        String memberId = form.memberId();
        if (known.isPresent() && !sameToken(known.get().applicationToken(), form.applicationToken())) {
            refuse(exchange, 401, form.event(), memberId,
                    "the portal is registered with another application_token (remove it from the directory to "
                                                          + "install it anew)");
            return;
        }
        PortalRecord portal;
        try {
            portal = form.installation(plan, Instant.now());
        } catch (IllegalArgumentException incomplete) {
            refuse(exchange, 400, form.event(), memberId, incomplete.getMessage());
            return;
        }
        directory.register(portal);
        LOG.info("Bitrix24 portal {} ({}) installed the application ({}): registered at {}", printable(memberId),
                printable(portal.domain()),
                printable(form.event()), printable(portal.clientEndpoint()));
        listener.installed(portal);
        accept(exchange, form);
    }

    private static void accept(Exchange exchange, AppEventForm form) {
        Message message = exchange.getMessage();
        message.setHeader(MEMBER_ID, form.memberId());
        message.setHeader(EVENT, form.event());
        message.setHeader(EVENT_DATA, form.data());
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(ACCEPTED);
    }

    private static void refuse(Exchange exchange, int status, String event, String memberId, String reason) {
        LOG.warn("Refused a Bitrix24 POST ({}) for portal {}: {}; answered {}", printable(event), printable(memberId),
                reason, status);
        Message message = exchange.getMessage();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(status == 401 ? "{\"error\":\"unauthorized\"}" : "{\"error\":\"bad_request\"}");
        exchange.setRouteStop(true);
    }

    /** Compares in constant time, so that the answer's timing tells nothing of the stored token. */
    private static boolean sameToken(String stored, String received) {
        return stored != null && received != null
                && MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
    }

    /** What the sender wrote, short and on one line: it is not trusted. */
    private static String printable(String value) {
        if (value == null) {
            return "none";
        }
        String line = value.replaceAll("[^\\w.:/\\-\\[\\]]", "_");
        return line.length() > 64 ? line.substring(0, 64) + "..." : line;
    }
}
