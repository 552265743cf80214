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

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.Failures;
import io.github.camelbitrix24.notify.client.call.HttpTransport;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.call.UrlPolicy;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.client.config.Secrets;

/**
 * The Bitrix24 OAuth server, which renews an application's token pair: a form POST of {@code grant_type=refresh_token},
 * the application's keys and the refresh token (a POST, so that the secrets stay out of URLs and access logs), answered
 * with a new pair.
 * <p>
 * Its refusals are of two kinds. Those about the refresh token or the application ({@code invalid_grant},
 * {@code invalid_client}, {@code invalid_request}, {@code invalid_scope}, {@code insufficient_scope}) hold until the
 * application is re-authorised: asking again cannot help. Anything else (a 429 or 5xx, a proxy's or firewall's page,
 * {@code PAYMENT_REQUIRED}, a code it does not know, no answer at all) may pass, and is asked again later.
 */
public final class OAuthServer {

    /** The token endpoint of Bitrix24's cloud OAuth server. */
    public static final String DEFAULT_URL = "https://oauth.bitrix.info/oauth/token/";
    /** Names the renewal call in errors and logs. */
    public static final String RENEWAL = "oauth/token";

    /** The OAuth server's codes that no repeat changes: the refresh token or the application itself is refused. */
    private static final Set<String> REFUSED_FOR_GOOD = Set.of("invalid_grant", "invalid_client", "invalid_request",
            "invalid_scope", "insufficient_scope");

    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final RenewalTransport transport;
    private final ObjectMapper mapper;
    private final long requestTimeout;

    /**
     * @param  oauthUrl                 the token endpoint; https, or http for a loopback host (the sandbox)
     * @param  transport                the HTTP client to use, asked at every renewal (the component replaces it on
     *                                  restart)
     * @throws IllegalArgumentException when the URL or the keys are missing or wrong, with a message that never shows
     *                                  the secret nor more of the URL than its scheme and host
     */
    public OAuthServer(String oauthUrl, String clientId, String clientSecret, RenewalTransport transport,
                       ObjectMapper mapper, long requestTimeout) {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException(
                    "An OAuth application needs clientId and clientSecret (its keys from the "
                                               + "application's form in Bitrix24 or the partner area) to renew its "
                                               + "access token");
        }
        this.tokenUrl = tokenUrl(oauthUrl);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.transport = transport;
        this.mapper = mapper;
        this.requestTimeout = requestTimeout;
    }

    /** The URL is never quoted whole: the token request as the docs show it has the secret in its query. */
    private static URI tokenUrl(String oauthUrl) {
        URI uri;
        try {
            uri = new URI(oauthUrl == null || oauthUrl.isBlank() ? DEFAULT_URL : oauthUrl.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("oauthUrl is not a valid URL; give the token endpoint, e.g. " + DEFAULT_URL);
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme());
        if (uri.getHost() == null || !http && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("oauthUrl must be an https:// URL like " + DEFAULT_URL);
        }
        if (!UrlPolicy.allowsSecrets(uri)) {
            throw new IllegalArgumentException(
                    "oauthUrl must use https:// (plain http:// is accepted for loopback hosts "
                                               + "only): " + UrlPolicy.origin(uri));
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "oauthUrl must be the token endpoint alone, like " + DEFAULT_URL
                                               + ", without parameters: the renewal sends them in its body");
        }
        return uri;
    }

    /**
     * Exchanges the refresh token for a new pair. Fails with a {@link PortalException}: with the OAuth server's code
     * (e.g. {@code invalid_grant}) and a message saying the application must be re-authorised when the server refuses,
     * or with a client code (CONNECTION_FAILED, TIMEOUT, IO_ERROR, INVALID_RESPONSE) when it could not be asked.
     */
    public CompletableFuture<OAuthTokens> refresh(String refreshToken) {
        return renew(refreshToken).thenApply(RenewedPair::tokens);
    }

    /** As {@link #refresh}, with the portal's REST address the answer names ({@code client_endpoint}). */
    CompletableFuture<RenewedPair> renew(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("refresh_token", refreshToken);
        return transport.get().postForm(tokenUrl, form, requestTimeout, RENEWAL).handle((http, failure) -> {
            if (failure != null) {
                throw unreachable(failure);
            }
            OAuthTokens pair = tokens(http, refreshToken);
            JsonNode endpoint = json(http.body()).path("client_endpoint");
            return new RenewedPair(pair, endpoint.isTextual() && !endpoint.asText().isBlank() ? endpoint.asText() : null);
        });
    }

    private OAuthTokens tokens(HttpTransport.HttpResult http, String refreshToken) {
        if (http.isRedirect()) {
            throw http.redirectRefused("The OAuth server", RENEWAL);
        }
        JsonNode json = json(http.body());
        if (json != null && json.hasNonNull("error")) {
            String code = json.get("error").asText();
            String description = Secrets.mask(json.path("error_description").asText(""), refreshToken);
            description = description.isBlank() ? "" : ": " + description;
            throw PortalException.answered(code, scrub(REFUSED_FOR_GOOD.contains(code)
                    ? "The OAuth server refused to renew the access token" + description + ". Re-authorise the "
                      + "application in Bitrix24 and put its new pair in the tokenStore (without a store, configure "
                      + "its new accessToken and refreshToken): the next call takes it"
                    : "The OAuth server did not renew the access token" + description + ". It is asked again when a "
                      + "call needs it, after a pause"),
                    http.status(), RENEWAL);
        }
        if (json == null || http.status() / 100 != 2 || !json.path("access_token").isTextual()
                || !json.path("refresh_token").isTextual()) {
            throw PortalException.answered(ErrorCodes.INVALID_RESPONSE, "The OAuth server at " + tokenUrl
                                                                        + " did not answer with a new token pair (content type "
                                                                        + http.contentType() + ")",
                    http.status(), RENEWAL);
        }
        return new OAuthTokens(json.get("access_token").asText(), json.get("refresh_token").asText(), expiresAt(json));
    }

    /** {@code expires} (Unix time) when given, else {@code expires_in} seconds from now. */
    private static Instant expiresAt(JsonNode json) {
        if (json.path("expires").canConvertToLong()) {
            return Instant.ofEpochSecond(json.get("expires").asLong());
        }
        return json.path("expires_in").canConvertToLong() ? Instant.now().plusSeconds(json.get("expires_in").asLong()) : null;
    }

    private JsonNode json(byte[] body) {
        try {
            JsonNode json = body.length == 0 ? null : mapper.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private PortalException unreachable(Throwable failure) {
        PortalException transportFailure = Failures.unwrap(failure);
        return new PortalException(
                transportFailure.getErrorCode(), "Renewing the access token at " + tokenUrl
                                                 + " failed: " + transportFailure.getErrorDescription(),
                transportFailure.getOutcome(),
                transportFailure.getHttpStatus(), RENEWAL, transportFailure);
    }

    /**
     * Whether the OAuth server refused the renewal for good: the refresh token or the application is refused, and
     * asking again with the same pair cannot help.
     */
    static boolean refusedForGood(PortalException failure) {
        return refusesForGood(failure.getErrorCode(), failure.getHttpStatus());
    }

    /**
     * Whether a failure with this code and status is the OAuth server's refusal for good: the pair (or the application)
     * is refused until the application is re-authorised, and the failure's message says so.
     */
    public static boolean refusesForGood(String errorCode, int httpStatus) {
        return httpStatus >= 400 && httpStatus < 500 && REFUSED_FOR_GOOD.contains(errorCode);
    }

    /** Whether the clients this server renews for have stopped. */
    boolean stopped() {
        return transport.stopped();
    }

    /** How long a renewal waits for the server's answer, in milliseconds. */
    long requestTimeout() {
        return requestTimeout;
    }

    /** Whether both renew the same application's tokens at the same endpoint. */
    boolean sameApplicationAs(OAuthServer other) {
        return endpoint(tokenUrl).equals(endpoint(other.tokenUrl)) && clientId.equals(other.clientId)
                && clientSecret.equals(other.clientSecret);
    }

    private static String endpoint(URI url) {
        return UrlPolicy.origin(url) + url.getRawPath().replaceAll("/+$", "");
    }

    /** Masks the client secret. */
    String scrub(String text) {
        return Secrets.mask(text, clientSecret);
    }

    public String clientId() {
        return clientId;
    }

    @Override
    public String toString() {
        return tokenUrl.toString();
    }
}
