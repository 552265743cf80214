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

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.camelbitrix24.notify.sandbox.oauth.IssuedPair;
import io.github.camelbitrix24.notify.sandbox.oauth.OAuthApps;

/**
 * One portal of a sandbox: its own {@code member_id}, address, limits, notifications, calls, faults, webhooks and
 * installed applications. The sandbox's default portal serves at the root ({@code http://127.0.0.1:<port>/rest/});
 * every portal added with {@link SandboxPortals#add(String)} serves below its name
 * ({@code http://127.0.0.1:<port>/<name>/rest/}), on the same HTTP server and OAuth server.
 *
 * <pre>{@code
 * SandboxPortal acme = sandbox.portals().add("acme");
 * sandbox.oauth().registerApp("app.acme", "secret");
 * SandboxInstallation installed = acme.install("app.acme", "http://127.0.0.1:8080/bitrix24/install");
 * // the handler got the installation callback and ONAPPINSTALL: acme.deliveries()
 * acme.rename("acme-new");        // the old address answers 301 to the new one; the next renewal names it
 * acme.uninstall("app.acme", true); // posts ONAPPUNINSTALL, revokes the application's tokens on acme
 * }</pre>
 *
 * A portal is cheap until used: its notifications, calls, limits and faults are made on its first request or the first
 * time a test reads or changes them. Thread-safe.
 */
public final class SandboxPortal {

    private final SandboxPortals portals;
    private final String memberId;
    /** Empty for the default portal, which serves at the root. */
    private volatile String name;
    private volatile PortalState state;
    /** Made on the first installation or event; guarded by this portal. */
    private Map<String, SandboxInstallation> installations;
    private List<EventDelivery> deliveries;

    SandboxPortal(SandboxPortals portals, String name, String memberId) {
        this.portals = portals;
        this.name = name;
        this.memberId = memberId;
    }

    /** The portal's name, the first segment of its address; empty for the sandbox's default portal. */
    public String name() {
        return name;
    }

    /** The portal's unique identifier, the same for its whole life (a rename keeps it). */
    public String memberId() {
        return memberId;
    }

    /**
     * The portal's address without scheme, as {@code DOMAIN} and {@code auth[domain]} carry it:
     * {@code 127.0.0.1:<port>/<name>} ({@code 127.0.0.1:<port>} for the default portal), so that
     * {@code "http://" + domain() + "/rest/"} is its {@link #restAddress()}, as for {@code some-domain.bitrix24.com}.
     */
    public String domain() {
        String current = name;
        return portals.serverHost() + (current.isEmpty() ? "" : "/" + current);
    }

    /** The portal's base URL, {@code http://127.0.0.1:<port>/<name>}. */
    public String portalUrl() {
        return "http://" + domain();
    }

    /**
     * The portal's REST address, {@code http://127.0.0.1:<port>/<name>/rest/}: the {@code client_endpoint} of its
     * renewals and events; an OAuth call goes to {@code restAddress() + method} with {@code auth}.
     */
    public String restAddress() {
        return portalUrl() + "/rest/";
    }

    /** A valid incoming webhook of user 1 on this portal. */
    public String webhookUrl() {
        return webhookUrl(Bitrix24Sandbox.DEFAULT_USER_ID);
    }

    /** A valid incoming webhook of that user on this portal, created on first call. */
    public String webhookUrl(long userId) {
        return restAddress() + userId + "/" + state().webhooks.codeOf(userId) + "/";
    }

    /** Makes {@code code} the incoming webhook of that user on this portal; see {@link Bitrix24Sandbox#fixWebhook}. */
    public String fixWebhook(long userId, String code) {
        state().webhooks.fix(userId, code);
        return webhookUrl(userId);
    }

    /** Every REST call this portal received, in arrival order; see {@link Bitrix24Sandbox#calls()}. */
    public List<RecordedCall> calls() {
        return state().callLog.calls();
    }

    /** This portal's calls to one method, ignoring case. */
    public List<RecordedCall> calls(String method) {
        return calls().stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
    }

    /** How many HTTP requests reached this portal (a batch is one; a renamed portal's old address counts none). */
    public int httpRequestCount() {
        return state().callLog.httpRequestCount();
    }

    /** See {@link Bitrix24Sandbox#arrivalSpan()}. */
    public Duration arrivalSpan() {
        return state().callLog.arrivalSpan();
    }

    /** How many of this portal's calls were answered with this error code since the last reset. */
    public int answeredErrors(String errorCode) {
        return state().callLog.errorCount(errorCode);
    }

    /** Forgets this portal's recorded calls, request count, arrival span and error counts. */
    public void clearCalls() {
        state().callLog.clear();
    }

    /** The user's current notifications on this portal, newest first. */
    public List<StoredNotification> notifications(long userId) {
        return state().store.inboxOf(userId);
    }

    /** The notification with that id on this portal, confirmed ones too. */
    public Optional<StoredNotification> notification(long id) {
        return state().store.findIncludingConfirmed(id);
    }

    /** Starts a notification for that recipient on this portal; see {@link NotificationSeed}. */
    public NotificationSeed seed(long userId) {
        return new NotificationSeed(state().store, userId);
    }

    /** Deletes a notification on this portal's side; false if there was none. */
    public boolean delete(long id) {
        return state().store.delete(id);
    }

    /** Changes a notification's stored tag on this portal's side; false if there is no such notification. */
    public boolean retag(long id, String tag) {
        return state().store.retag(id, tag == null ? "" : tag);
    }

    /** The limits this portal enforces, its own: changing them leaves the other portals as they are. */
    public SandboxLimits limits() {
        return state().limits;
    }

    /** Fault injection for this portal's next requests. */
    public SandboxFaults faults() {
        return state().faults;
    }

    /**
     * A first pair for a registered application acting as that user on this portal, accepted by this portal's REST
     * only; renewed by the sandbox's token endpoint with this portal's {@code member_id} and {@code client_endpoint}.
     */
    public SandboxTokens issueTokens(String clientId, long userId) {
        IssuedPair pair = portals.oauthApps().issue(clientId, userId, memberId);
        return new SandboxTokens(clientId, userId, pair.accessToken(), pair.refreshToken(), pair.expiresAt());
    }

    /** An authorization code for the application acting as that user on this portal, exchanged once within 30 s. */
    public String issueAuthorizationCode(String clientId, long userId) {
        return portals.oauthApps().issueAuthorizationCode(clientId, userId, memberId);
    }

    /** Lets every access token issued so far on this portal expire now: the next call gets 401 expired_token. */
    public SandboxPortal expireAccessTokens() {
        portals.oauthApps().expireAccessTokens(memberId);
        return this;
    }

    /**
     * Installs a registered application on this portal without a handler URL: a first pair for user 1 and an
     * {@code application_token}, nothing posted.
     */
    public SandboxInstallation install(String clientId) {
        return install(clientId, Optional.empty());
    }

    /**
     * Installs a registered application on this portal as Bitrix24 does for an application with a handler: a first pair
     * for user 1 and a new {@code application_token}, then two POSTs to {@code handlerUrl}, recorded in
     * {@link #deliveries()} with the handler's answers: the installation callback ({@code DOMAIN}, {@code PROTOCOL},
     * {@code LANG}, {@code APP_SID} in the query string; {@code AUTH_ID}, {@code AUTH_EXPIRES}, {@code REFRESH_ID},
     * {@code SERVER_ENDPOINT}, {@code APPLICATION_TOKEN}, {@code APPLICATION_SCOPE}, {@code member_id}, {@code status},
     * {@code PLACEMENT} in the body), then {@code ONAPPINSTALL} ({@code event}, {@code data[...]}, {@code ts},
     * {@code auth[...]} with both tokens and the {@code application_token}). The handler's answer changes nothing: the
     * application is installed either way.
     *
     * @throws IllegalArgumentException when the application is not registered
     * @throws IllegalStateException    when it is installed on this portal already
     */
    public SandboxInstallation install(String clientId, String handlerUrl) {
        return install(clientId, Optional.of(URI.create(Objects.requireNonNull(handlerUrl, "handlerUrl"))));
    }

    /** The application's installation on this portal; empty when it is not installed. */
    public synchronized Optional<SandboxInstallation> installation(String clientId) {
        return installations == null ? Optional.empty() : Optional.ofNullable(installations.get(clientId));
    }

    /**
     * Uninstalls the application from this portal as Bitrix24 does: revokes its tokens on this portal (its calls get
     * 401 {@code invalid_token}, its refresh tokens {@code invalid_grant}), then posts {@code ONAPPUNINSTALL} to its
     * handler ({@code data[LANGUAGE_ID]}, {@code data[CLEAN]}, {@code ts}, and {@code auth} with only {@code domain},
     * {@code server_endpoint}, {@code client_endpoint}, {@code member_id} and {@code application_token}).
     *
     * @param  clean                 the "delete application settings and data" choice, {@code data[CLEAN]}
     * @return                       the delivery of {@code ONAPPUNINSTALL}; empty when the application has no handler
     * @throws IllegalStateException when the application is not installed on this portal
     */
    public Optional<EventDelivery> uninstall(String clientId, boolean clean) {
        SandboxInstallation removed;
        synchronized (this) {
            removed = installations == null ? null : installations.remove(clientId);
        }
        if (removed == null) {
            throw new IllegalStateException("The application " + clientId + " is not installed on this portal");
        }
        portals.oauthApps().revoke(clientId, memberId);
        return removed.handler().map(handler -> deliver(ApplicationForms.EVENT_UNINSTALL, handler, null,
                ApplicationForms.onAppUninstall(this, removed.applicationToken(), clean, portals.serverEndpoint())));
    }

    /**
     * Posts an event of this portal to the installed application's handler, with the portal's
     * {@code application_token}, as an event raised by an automation rule arrives: {@code event}, {@code data[...]},
     * {@code ts}, and {@code auth} without tokens.
     */
    public EventDelivery postEvent(String clientId, String event, Map<String, String> data) {
        SandboxInstallation installed = installedWithHandler(clientId);
        return deliver(event, installed.handler().orElseThrow(), null, ApplicationForms.event(this, event, data,
                installed.applicationToken(), portals.serverEndpoint()));
    }

    /**
     * Posts the same form as {@link #postEvent} but with an {@code application_token} the portal never gave, as someone
     * who knows the handler URL and the portal's {@code member_id} but not the token would: the handler should refuse
     * it (401). The delivery records its answer.
     */
    public EventDelivery postForgedEvent(String clientId, String event, Map<String, String> data) {
        SandboxInstallation installed = installedWithHandler(clientId);
        return deliver(event, installed.handler().orElseThrow(), null, ApplicationForms.event(this, event, data,
                portals.newSecret(), portals.serverEndpoint()));
    }

    /** Every POST this portal made to an application's handler, in order, with the handler's answer. A snapshot. */
    public synchronized List<EventDelivery> deliveries() {
        return deliveries == null ? List.of() : List.copyOf(deliveries);
    }

    /**
     * Renames the portal, as its administrator changing its Bitrix24 address: it serves at
     * {@code http://127.0.0.1:<port>/<newName>/} from now on, keeps its {@code member_id}, tokens and data, and its
     * next renewals and events carry the new {@code client_endpoint} and {@code domain}. Every old address answers 301
     * Moved Permanently with the same path at the new address in {@code Location}, without reaching the portal.
     *
     * @throws IllegalArgumentException when the name is not a portal name or is taken (a former name stays taken)
     * @throws IllegalStateException    for the default portal, which serves at the root
     */
    public SandboxPortal rename(String newName) {
        portals.rename(this, newName);
        return this;
    }

    /** Forgets this portal's notifications, calls, unused faults, operating time and deliveries. */
    public void reset() {
        PortalState current = state;
        if (current != null) {
            current.reset();
        }
        synchronized (this) {
            deliveries = null;
        }
    }

    /** Whether this is the sandbox's default portal, the one at the root. */
    public boolean isDefault() {
        return name.isEmpty();
    }

    @Override
    public String toString() {
        return "SandboxPortal[" + portalUrl() + ", member_id=" + memberId + "]";
    }

    /** Whether the portal made its serving state yet: false for a portal nobody called or looked into. */
    boolean serving() {
        return state != null;
    }

    PortalState state() {
        PortalState current = state;
        if (current == null) {
            synchronized (this) {
                if (state == null) {
                    state = new PortalState(portals.oauthApps(), memberId);
                }
                current = state;
            }
        }
        return current;
    }

    void renamed(String newName) {
        this.name = newName;
    }

    private SandboxInstallation install(String clientId, Optional<URI> handler) {
        OAuthApps apps = portals.oauthApps();
        apps.requireRegistered(clientId);
        SandboxInstallation installed;
        synchronized (this) {
            if (installations == null) {
                installations = new HashMap<>(2);
            }
            if (installations.containsKey(clientId)) {
                throw new IllegalStateException("The application " + clientId + " is installed on this portal already");
            }
            installed = new SandboxInstallation(
                    clientId, memberId, issueTokens(clientId, Bitrix24Sandbox.DEFAULT_USER_ID),
                    portals.newSecret(), handler);
            installations.put(clientId, installed);
        }
        handler.ifPresent(url -> {
            String serverEndpoint = portals.serverEndpoint();
            deliver(EventDelivery.INSTALLATION_CALLBACK, url,
                    ApplicationForms.callbackQuery(this, portals.newSecret()),
                    ApplicationForms.callbackBody(installed, serverEndpoint));
            deliver(ApplicationForms.EVENT_INSTALL, url, null,
                    ApplicationForms.onAppInstall(this, installed, serverEndpoint));
        });
        return installed;
    }

    private SandboxInstallation installedWithHandler(String clientId) {
        SandboxInstallation installed = installation(clientId).orElseThrow(
                () -> new IllegalStateException("The application " + clientId + " is not installed on this portal"));
        if (installed.handler().isEmpty()) {
            throw new IllegalStateException("The application " + clientId + " was installed without a handler URL");
        }
        return installed;
    }

    private EventDelivery deliver(String event, URI handler, String query, Map<String, String> fields) {
        EventDelivery delivery = portals.poster().post(event, handler, query, fields);
        synchronized (this) {
            if (deliveries == null) {
                deliveries = new ArrayList<>();
            }
            deliveries.add(delivery);
        }
        return delivery;
    }
}
