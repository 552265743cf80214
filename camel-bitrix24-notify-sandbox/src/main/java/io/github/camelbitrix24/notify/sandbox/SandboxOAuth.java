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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.encoding.Json;
import io.github.camelbitrix24.notify.sandbox.oauth.IssuedPair;
import io.github.camelbitrix24.notify.sandbox.oauth.OAuthApps;
import io.github.camelbitrix24.notify.sandbox.oauth.RenewalFaults;

/**
 * The sandbox's OAuth applications: register one, issue it tokens for a user, let the access tokens expire, and count
 * the renewals its token endpoint ({@link Bitrix24Sandbox#oauthUrl()}) granted and refused.
 *
 * <pre>{@code
 * SandboxTokens tokens = sandbox.oauth().registerApp("local.app", "s3cret").issueTokens("local.app", 1);
 * // call sandbox.portalUrl() + "/rest/im.notify" with auth=tokens.accessToken() ...
 * sandbox.oauth().expireAccessTokens();   // the next call gets 401 expired_token
 * }</pre>
 *
 * Access tokens live {@link #accessTokenLifetime()} (an hour, as on Bitrix24); every renewal replaces the refresh
 * token, and a used one is refused with {@code invalid_grant}. The token endpoint can be made to fail the next
 * renewals, as an overloaded server or a proxy in front of it does:
 *
 * <pre>{@code
 * sandbox.oauth().failNextRenewalsAtTheProxy(1, 429);                        // an HTML 429 page
 * sandbox.oauth().failNextRenewals(2, 503, "temporarily_unavailable", "..."); // the server's own JSON error
 * }</pre>
 */
public final class SandboxOAuth {

    private final OAuthApps apps;
    private final String defaultMemberId;

    SandboxOAuth(OAuthApps apps, String defaultMemberId) {
        this.apps = apps;
        this.defaultMemberId = defaultMemberId;
    }

    /**
     * Registers an application with its keys (or changes its secret): one OAuth server serves every portal, so the
     * application can then be installed on any of them ({@link SandboxPortal#install}).
     */
    public SandboxOAuth registerApp(String clientId, String clientSecret) {
        apps.register(clientId, clientSecret);
        return this;
    }

    /**
     * A first token pair for the application acting as that user on the default portal, as after the user authorised
     * it; {@link SandboxPortal#issueTokens(String, long)} issues one for another portal.
     */
    public SandboxTokens issueTokens(String clientId, long userId) {
        IssuedPair pair = apps.issue(clientId, userId, defaultMemberId);
        return new SandboxTokens(clientId, userId, pair.accessToken(), pair.refreshToken(), pair.expiresAt());
    }

    /**
     * An authorization code for the application acting as that user, as Bitrix24 sends the application's handler once
     * the user authorised it: its token endpoint exchanges it once ({@code grant_type=authorization_code}) for a first
     * pair, within 30 seconds.
     */
    public String issueAuthorizationCode(String clientId, long userId) {
        return apps.issueAuthorizationCode(clientId, userId, defaultMemberId);
    }

    /**
     * An authorization code as {@link #issueAuthorizationCode(String, long)} gives, exchanged once within that lifetime
     * instead of 30 seconds: for a program that starts later, as with the standalone sandbox's {@code --oauth-app}.
     */
    public String issueAuthorizationCode(String clientId, long userId, Duration lifetime) {
        return apps.issueAuthorizationCode(clientId, userId, defaultMemberId, lifetime);
    }

    /**
     * Lets every access token issued so far, on every portal, expire now: the next call with one gets 401
     * {@code expired_token}.
     */
    public SandboxOAuth expireAccessTokens() {
        apps.expireAccessTokens();
        return this;
    }

    public Duration accessTokenLifetime() {
        return apps.accessTokenLifetime();
    }

    /** The lifetime of the access tokens issued (or renewed) from now on; one hour by default. */
    public SandboxOAuth accessTokenLifetime(Duration lifetime) {
        apps.accessTokenLifetime(lifetime);
        return this;
    }

    /**
     * Answers the next {@code times} requests to the token endpoint with this error, as the OAuth server writes one
     * ({@code {"error", "error_description"}} JSON), instead of renewing: the refresh token sent stays usable. For a
     * server that is overloaded or down (503 {@code temporarily_unavailable}), or any code a client must cope with.
     */
    public SandboxOAuth failNextRenewals(int times, int httpStatus, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        apps.faults().add(times, new RenewalFaults.Answer(httpStatus, "application/json; charset=utf-8", Json.write(body)));
        return this;
    }

    /**
     * Answers the next {@code times} requests to the token endpoint with this status and an HTML page, as a proxy, a
     * firewall or a load balancer in front of the OAuth server does (429 Too Many Requests, 403 Forbidden, 502 Bad
     * Gateway): the request never reaches the server, and the refresh token sent stays usable.
     */
    public SandboxOAuth failNextRenewalsAtTheProxy(int times, int httpStatus) {
        String page = "<html><head><title>" + httpStatus + "</title></head><body><center><h1>" + httpStatus
                      + "</h1></center><hr><center>nginx</center></body></html>";
        apps.faults().add(times, new RenewalFaults.Answer(httpStatus, "text/html", page));
        return this;
    }

    /**
     * How many requests reached the token endpoint since the start or the last {@link Bitrix24Sandbox#reset()}: the
     * renewals granted and refused, and those answered by an injected failure.
     */
    public int refreshRequestCount() {
        return apps.requests();
    }

    /** How many renewals the token endpoint granted since the start or the last {@link Bitrix24Sandbox#reset()}. */
    public int refreshCount() {
        return apps.renewals();
    }

    /** How many renewals the token endpoint refused ({@code invalid_grant}, {@code invalid_client}, ...). */
    public int refusedRefreshCount() {
        return apps.refusedRenewals();
    }
}
