package io.github.camelbitrix24.notify.api.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.github.camelbitrix24.notify.api.ErrorCodes;
import io.github.camelbitrix24.notify.api.Failures;
import io.github.camelbitrix24.notify.api.PortalAuth;
import io.github.camelbitrix24.notify.api.PortalException;
import io.github.camelbitrix24.notify.api.Secrets;
import io.github.camelbitrix24.notify.api.UrlPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OAuth application (local or from the market) calling one portal as the user its tokens were issued for: methods
 * at {@code {portal}/rest/{method}}, the access token in the {@code auth} parameter of the JSON body.
 * <p>
 * When the portal answers 401 {@code expired_token} (or {@code invalid_token}), the pair is renewed at the OAuth
 * server once, however many calls hit the expiry together: they all wait for the same renewal, and a call refused
 * with a token that has been renewed meanwhile simply goes again. The new pair is saved to the {@link TokenStore}
 * before it is used. Nothing is renewed ahead of the portal's answer or on a schedule, as Bitrix24 asks.
 * <p>
 * When the OAuth server refuses the renewal ({@code invalid_grant}: the refresh token was used already or expired;
 * {@code invalid_client}, {@code PAYMENT_REQUIRED}, ...), only re-authorising the application helps: later calls fail
 * with the same error at once instead of asking the server again, until the route is restarted.
 */
public final class OAuthAuth implements PortalAuth {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthAuth.class);
    private static final String AUTH = "auth";
    private static final Set<String> STALE_TOKEN = Set.of(ErrorCodes.EXPIRED_TOKEN, ErrorCodes.INVALID_TOKEN);
    private static final int UNAUTHORIZED = 401;

    private final String portal;
    private final String portalKey;
    private final OAuthServer server;
    private final TokenStore store;

    private OAuthTokens tokens;
    /** The pair before the last renewal, still masked in messages. */
    private OAuthTokens previous;
    private CompletableFuture<Void> renewal;
    private PortalException refusedRenewal;

    private OAuthAuth(String portal, String portalKey, OAuthServer server, TokenStore store, OAuthTokens tokens) {
        this.portal = portal;
        this.portalKey = portalKey;
        this.server = server;
        this.store = store;
        this.tokens = tokens;
    }

    /**
     * Starts with the pair the store holds (the latest one, after renewals by an earlier run), else with the
     * configured pair, which is then saved to the store.
     *
     * @param portalUrl  the portal, e.g. {@code https://portal.bitrix24.com}; https, or http for a loopback host
     * @param configured the configured pair, or null
     * @throws IllegalArgumentException when the portal URL is wrong or there is no pair at all
     */
    public static OAuthAuth start(String portalUrl, OAuthServer server, TokenStore store, OAuthTokens configured) {
        URI portal = portalUri(portalUrl);
        OAuthTokens tokens = store.load().orElse(null);
        if (tokens == null) {
            if (configured == null) {
                throw new IllegalArgumentException("The OAuth application has no tokens: set accessToken and refreshToken "
                                                   + "(or a tokenStore that holds them)");
            }
            store.save(configured);
            tokens = configured;
        } else {
            LOG.debug("Using the OAuth tokens from {}", store);
        }
        String path = portal.getRawPath().replaceAll("/+$", "").replaceAll("/rest$", "");
        String portalKey = portal.getScheme() + "://" + portal.getRawAuthority();
        return new OAuthAuth(portalKey + path, portalKey, server, store, tokens);
    }

    private static URI portalUri(String portalUrl) {
        if (portalUrl == null || portalUrl.isBlank()) {
            throw new IllegalArgumentException("portalUrl is not set: give the portal's address, e.g. https://portal.bitrix24.com");
        }
        URI uri;
        try {
            uri = new URI(portalUrl.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("portalUrl is not a valid URL; give the portal's address, e.g. "
                                               + "https://portal.bitrix24.com");
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme());
        if (uri.getHost() == null || !http && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawQuery() != null
            || uri.getRawFragment() != null || uri.getRawPath().matches(".*/rest/.+")) {
            // the value is not quoted: a webhook URL put here by mistake holds a secret
            throw new IllegalArgumentException("portalUrl must be the portal's address, e.g. https://portal.bitrix24.com, "
                                               + "not a webhook or a method URL");
        }
        if (!UrlPolicy.allowsSecrets(uri)) {
            throw new IllegalArgumentException("portalUrl must use https:// (plain http:// is accepted for loopback hosts "
                                               + "only): http://" + uri.getRawAuthority());
        }
        return uri;
    }

    /** The URL of a method, {@code {portal}/rest/{method}}. */
    @Override
    public URI methodUri(String method) {
        return URI.create(portal + "/rest/" + method);
    }

    /** The parameters with the current access token as {@code auth}. */
    @Override
    public Map<String, Object> authorize(Map<String, Object> params) {
        Map<String, Object> authorized = new LinkedHashMap<>(params);
        synchronized (this) {
            authorized.put(AUTH, tokens.accessToken());
        }
        return authorized;
    }

    @Override
    public CompletableFuture<Boolean> renewAfter(PortalException refusal, Map<String, Object> authorized) {
        if (refusal.getHttpStatus() != UNAUTHORIZED || !STALE_TOKEN.contains(refusal.getErrorCode())) {
            return CompletableFuture.completedFuture(false);
        }
        return renew(authorized.get(AUTH)).thenApply(renewed -> true);
    }

    /** Renews the pair unless the stale token was renewed already; one renewal at a time, shared by all callers. */
    private CompletableFuture<Void> renew(Object staleAccessToken) {
        CompletableFuture<Void> started;
        String refreshToken;
        synchronized (this) {
            if (!tokens.accessToken().equals(staleAccessToken)) {
                return CompletableFuture.completedFuture(null);
            }
            if (refusedRenewal != null) {
                return CompletableFuture.failedFuture(refusedRenewal);
            }
            if (renewal != null) {
                return renewal;
            }
            renewal = new CompletableFuture<>();
            started = renewal;
            refreshToken = tokens.refreshToken();
        }
        LOG.info("The access token of {} has expired: renewing it at {}", this, server);
        CompletableFuture<OAuthTokens> refreshed;
        try {
            refreshed = server.refresh(refreshToken);
        } catch (RuntimeException notSent) {
            refreshed = CompletableFuture.failedFuture(notSent);
        }
        refreshed.whenComplete((renewed, failure) -> finish(started, renewed, failure));
        return started;
    }

    private void finish(CompletableFuture<Void> started, OAuthTokens renewed, Throwable failure) {
        if (renewed != null) {
            save(renewed);
            synchronized (this) {
                previous = tokens;
                tokens = renewed;
                renewal = null;
            }
            LOG.info("Renewed the access token of {}; it expires at {}", this, renewed.expiresAt());
            started.complete(null);
            return;
        }
        PortalException error = asException(failure);
        synchronized (this) {
            if (error.getHttpStatus() >= 400 && error.getHttpStatus() < 500) {
                refusedRenewal = error;
            }
            renewal = null;
        }
        LOG.warn("Could not renew the access token of {}: {}", this, error.getMessage());
        started.completeExceptionally(error);
    }

    /**
     * The renewed pair is in use whatever happens here, but the old refresh token is dead: a store that failed
     * leaves a restarted route with tokens the OAuth server refuses.
     */
    private void save(OAuthTokens renewed) {
        try {
            store.save(renewed);
        } catch (RuntimeException e) {
            LOG.error("Could not save the renewed OAuth tokens of {} to {}: the calls go on with them, but a restarted "
                      + "route will need the application re-authorised unless the store is fixed before then: {}",
                    this, store, e.toString());
        }
    }

    private PortalException asException(Throwable failure) {
        Throwable cause = Failures.cause(failure);
        if (cause instanceof PortalException known) {
            return known;
        }
        return new PortalException(ErrorCodes.IO_ERROR, scrub(String.valueOf(cause)),
                PortalException.NOT_SENT, OAuthServer.RENEWAL, cause);
    }

    /** Calls name their application by the token: no CLIENT_ID needed for tags. */
    @Override
    public boolean needsClientId() {
        return false;
    }

    /** The portal's scheme and host: every application and webhook of one portal shares its request limit. */
    @Override
    public String portalKey() {
        return portalKey;
    }

    /** Masks the access and refresh tokens (the current and the previous pair) and the client secret. */
    @Override
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        synchronized (this) {
            for (OAuthTokens pair : new OAuthTokens[] { tokens, previous }) {
                if (pair != null) {
                    scrubbed = Secrets.mask(scrubbed, pair.accessToken(), pair.refreshToken());
                }
            }
        }
        return server.scrub(scrubbed);
    }

    @Override
    public String toString() {
        return "OAuth application " + server.clientId() + " on " + portal;
    }
}
