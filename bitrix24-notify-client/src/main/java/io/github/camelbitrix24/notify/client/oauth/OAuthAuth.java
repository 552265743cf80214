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
package io.github.camelbitrix24.notify.client.oauth;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalAuth;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.client.config.Secrets;
import io.github.camelbitrix24.notify.client.config.TokenStore;
import io.github.camelbitrix24.notify.client.stats.OAuthFigures;
import io.github.camelbitrix24.notify.client.stats.OAuthView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OAuth application (local or from the market) calling one portal as the user its tokens were issued for: methods at
 * {@code {portal}/rest/{method}}, the access token in the {@code auth} parameter of the JSON body.
 * <p>
 * When the portal answers 401 {@code expired_token} (or {@code invalid_token}), the pair is renewed at the OAuth server
 * once, however many calls hit the expiry together: they all wait for the same renewal, and a call refused with a token
 * that has been renewed meanwhile simply goes again. Nothing is renewed ahead of the portal's answer or on a schedule,
 * as Bitrix24 asks. A pair taken from the store is used as it is, whoever wrote it: when its access token has expired
 * already, the repeated call is refused in turn, and that refusal renews the pair like any other (only a token the
 * OAuth server has just issued, refused again, fails the call). A renewal:
 * <ol>
 * <li>reads the {@link TokenStore} first, and takes a pair it did not put there (an operator's new pair, another
 * process's renewal) instead of renewing;</li>
 * <li>fails at once when the OAuth server refused the pair in use for good ({@code invalid_grant},
 * {@code invalid_client}, ...: only a new pair helps), or when it failed in a way that may pass (a 429, a 5xx, a
 * proxy's page, no answer) less than a back-off ago: the server is asked again after 1 s, then 2, 4, ... up to a minute
 * while it keeps failing;</li>
 * <li>else holds the store's renewal lock, reads it again, renews, and saves the new pair before it is used.</li>
 * </ol>
 * After the clients stopped, a renewal fails with {@link ErrorCodes#STOPPED} rather than open an HTTP client.
 */
public final class OAuthAuth implements PortalAuth, OAuthView {

    private static final String AUTH = "auth";
    private static final Set<String> STALE_TOKEN = Set.of(ErrorCodes.EXPIRED_TOKEN, ErrorCodes.INVALID_TOKEN);
    private static final int UNAUTHORIZED = 401;
    /** The redirects of a portal that moved for good: renamed, its old address points at the new one. */
    private static final Set<Integer> MOVED_FOR_GOOD = Set.of(301, 308);
    private static final Logger LOG = LoggerFactory.getLogger(OAuthAuth.class);

    /** The address the session started with, which names the portal's limits and figures for the session's life. */
    private final PortalAddress startedAt;
    /** The address calls go to: the renewal answer's {@code client_endpoint} moves it when the portal is renamed. */
    private volatile PortalAddress portal;
    private final TokenStore store;
    private final OAuthServer server;
    /** The pair in use and its renewal. */
    private final OAuthRenewal renewal;

    private OAuthAuth(PortalAddress portal, OAuthServer server, TokenStore store, OAuthTokens tokens,
                      LongSupplier nanoClock) {
        this.startedAt = portal;
        this.portal = portal;
        this.store = store;
        this.server = server;
        this.renewal = new OAuthRenewal(this, server, store, tokens, nanoClock);
    }

    /**
     * Starts with the pair the store holds (the latest one, after renewals by an earlier run), else with the configured
     * pair, which is then saved to the store (a store that cannot save it is logged, and the calls go on).
     *
     * @param  configured               the configured pair, or null
     * @param  nanoClock                the clock of the back-off, {@link System#nanoTime()} but in tests
     * @throws IllegalArgumentException when there is no pair at all
     * @throws RuntimeException         when the store cannot be read (a corrupt token file), without its contents
     */
    static OAuthAuth start(
            PortalAddress portal, OAuthServer server, TokenStore store, OAuthTokens configured,
            LongSupplier nanoClock) {
        OAuthTokens stored = store.load().orElse(null);
        if (stored == null && configured == null) {
            throw new IllegalArgumentException(
                    "The OAuth application has no tokens: set accessToken and refreshToken "
                                               + "(or a tokenStore that holds them)");
        }
        OAuthAuth auth = new OAuthAuth(portal, server, store, stored != null ? stored : configured, nanoClock);
        auth.renewal.started(stored != null);
        return auth;
    }

    /** The URL of a method, {@code {portal}/rest/{method}}. */
    @Override
    public URI methodUri(String method) {
        return URI.create(portal.base() + "/rest/" + method);
    }

    /** The parameters with the current access token as {@code auth}. */
    @Override
    public Map<String, Object> authorize(Map<String, Object> params) {
        Map<String, Object> authorized = new LinkedHashMap<>(params);
        authorized.put(AUTH, renewal.accessToken());
        return authorized;
    }

    /**
     * Renews after a stale token; and after a permanent redirect, which a renamed portal's old address answers: the
     * renewal's answer names the portal's address now, and the call goes again there only when it moved. The redirect
     * itself is never followed.
     */
    @Override
    public CompletableFuture<Boolean> renewAfter(PortalException refusal, Map<String, Object> authorized) {
        if (ErrorCodes.REDIRECT_REFUSED.equals(refusal.getErrorCode())
                && MOVED_FOR_GOOD.contains(refusal.getHttpStatus())) {
            PortalAddress calledAt = portal;
            return renewal.renew(authorized.get(AUTH)).thenApply(renewed -> !portal.equals(calledAt));
        }
        if (refusal.getHttpStatus() != UNAUTHORIZED || !STALE_TOKEN.contains(refusal.getErrorCode())) {
            return CompletableFuture.completedFuture(false);
        }
        return renewal.renew(authorized.get(AUTH)).thenApply(renewed -> true);
    }

    /**
     * The OAuth server named the portal's REST address in a renewal's answer: when it is another one (the portal was
     * renamed), the calls go there from now on, and the store learns it. An address that is not a portal's is ignored.
     */
    void renewedAt(String clientEndpoint) {
        if (clientEndpoint == null) {
            return;
        }
        PortalAddress named;
        try {
            named = PortalAddress.of(clientEndpoint);
        } catch (IllegalArgumentException notAPortal) {
            LOG.warn("The OAuth server named an address for {} that is not a portal's, kept {}: {}", this, portal,
                    notAPortal.getMessage());
            return;
        }
        PortalAddress before = portal;
        if (named.equals(before)) {
            return;
        }
        portal = named;
        LOG.info("The portal of {} moved from {} to {} (the renewal's client_endpoint): calling it there", this, before,
                named);
        try {
            store.portalMoved(clientEndpoint);
        } catch (RuntimeException notSaved) {
            LOG.warn("Could not save the new address {} to {}: the calls go there, but a restarted application starts "
                     + "from the old one: {}",
                    named, store, scrub(notSaved.getMessage()));
        }
    }

    /**
     * True unless the repeat carried the access token this session's last renewal got from the OAuth server: a token
     * taken from the store (or the one the session started with) may have expired before it was first sent.
     */
    @Override
    public boolean mayRenewAgainAfter(Map<String, Object> authorized) {
        return !renewal.issuedLast(authorized.get(AUTH));
    }

    /** Whether this session is the application of these settings, so that another endpoint may share it. */
    boolean serves(PortalAddress otherPortal, OAuthServer otherServer) {
        return (startedAt.equals(otherPortal) || portal.equals(otherPortal)) && server.sameApplicationAs(otherServer);
    }

    @Override
    public OAuthFigures figures() {
        return renewal.figures();
    }

    /** Calls name their application by the token: no CLIENT_ID needed for tags. */
    @Override
    public boolean needsClientId() {
        return false;
    }

    /** The portal's scheme and host: every application and webhook of one portal shares its request limit. */
    @Override
    public String portalKey() {
        return startedAt.portalKey();
    }

    /** Masks the access and refresh tokens (the current and the previous pair) and the client secret. */
    @Override
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (OAuthTokens pair : renewal.pairsToMask()) {
            scrubbed = Secrets.mask(scrubbed, pair.accessToken(), pair.refreshToken());
        }
        return server.scrub(scrubbed);
    }

    @Override
    public String toString() {
        return "OAuth application " + server.clientId() + " on " + portal;
    }
}
