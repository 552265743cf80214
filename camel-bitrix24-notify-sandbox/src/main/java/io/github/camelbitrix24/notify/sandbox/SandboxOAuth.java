package io.github.camelbitrix24.notify.sandbox;

import java.time.Duration;

import io.github.camelbitrix24.notify.sandbox.oauth.IssuedPair;
import io.github.camelbitrix24.notify.sandbox.oauth.OAuthApps;

/**
 * The sandbox's OAuth applications: register one, issue it tokens for a user, let the access tokens expire, and
 * count the renewals its token endpoint ({@link Bitrix24Sandbox#oauthUrl()}) granted and refused.
 *
 * <pre>{@code
 * SandboxTokens tokens = sandbox.oauth().registerApp("local.app", "s3cret").issueTokens("local.app", 1);
 * // call sandbox.portalUrl() + "/rest/im.notify" with auth=tokens.accessToken() ...
 * sandbox.oauth().expireAccessTokens();   // the next call gets 401 expired_token
 * }</pre>
 *
 * Access tokens live {@link #accessTokenLifetime()} (an hour, as on Bitrix24); every renewal replaces the refresh
 * token, and a used one is refused with {@code invalid_grant}.
 */
public final class SandboxOAuth {

    private final OAuthApps apps;

    SandboxOAuth(OAuthApps apps) {
        this.apps = apps;
    }

    /** Registers an application with its keys (or changes its secret). */
    public SandboxOAuth registerApp(String clientId, String clientSecret) {
        apps.register(clientId, clientSecret);
        return this;
    }

    /** A first token pair for the application acting as that user, as after the user authorised it. */
    public SandboxTokens issueTokens(String clientId, long userId) {
        IssuedPair pair = apps.issue(clientId, userId);
        return new SandboxTokens(clientId, userId, pair.accessToken(), pair.refreshToken(), pair.expiresAt());
    }

    /** Lets every access token issued so far expire now: the next call with one gets 401 {@code expired_token}. */
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

    /** How many renewals the token endpoint granted since the start or the last {@link Bitrix24Sandbox#reset()}. */
    public int refreshCount() {
        return apps.renewals();
    }

    /** How many renewals the token endpoint refused ({@code invalid_grant}, {@code invalid_client}, ...). */
    public int refusedRefreshCount() {
        return apps.refusedRenewals();
    }
}
