package io.github.camelbitrix24.notify.api.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.api.ErrorCodes;
import io.github.camelbitrix24.notify.api.Failures;
import io.github.camelbitrix24.notify.api.HttpTransport;
import io.github.camelbitrix24.notify.api.PortalException;
import io.github.camelbitrix24.notify.api.Secrets;
import io.github.camelbitrix24.notify.api.UrlPolicy;

/**
 * The Bitrix24 OAuth server, which renews an application's token pair: a form POST of {@code grant_type=refresh_token},
 * the application's keys and the refresh token (a POST, so that the secrets stay out of URLs and access logs),
 * answered with a new pair.
 */
public final class OAuthServer {

    /** The token endpoint of Bitrix24's cloud OAuth server. */
    public static final String DEFAULT_URL = "https://oauth.bitrix.info/oauth/token/";
    /** Names the renewal call in errors and logs. */
    public static final String RENEWAL = "oauth/token";

    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final Supplier<HttpTransport> transport;
    private final ObjectMapper mapper;
    private final long requestTimeout;

    /**
     * @param oauthUrl  the token endpoint; https, or http for a loopback host (the sandbox)
     * @param transport the HTTP client to use, asked at every renewal (the component replaces it on restart)
     * @throws IllegalArgumentException when the URL or the keys are missing or wrong, with a message that never shows
     *                                  the secret
     */
    public OAuthServer(String oauthUrl, String clientId, String clientSecret, Supplier<HttpTransport> transport,
                       ObjectMapper mapper, long requestTimeout) {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("An OAuth application needs clientId and clientSecret (its keys from the "
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

    private static URI tokenUrl(String oauthUrl) {
        URI uri;
        try {
            uri = new URI(oauthUrl == null || oauthUrl.isBlank() ? DEFAULT_URL : oauthUrl.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("oauthUrl is not a valid URL: " + oauthUrl);
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme());
        if (uri.getHost() == null || !http && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("oauthUrl must be an https:// URL like " + DEFAULT_URL + ", not " + oauthUrl);
        }
        if (!UrlPolicy.allowsSecrets(uri)) {
            throw new IllegalArgumentException("oauthUrl must use https:// (plain http:// is accepted for loopback hosts "
                                               + "only): " + oauthUrl);
        }
        return uri;
    }

    /**
     * Exchanges the refresh token for a new pair. Fails with a {@link PortalException}: with the OAuth
     * server's code (e.g. {@code invalid_grant}) and a message saying the application must be re-authorised when
     * the server refuses, or with a client code (CONNECTION_FAILED, TIMEOUT, IO_ERROR, INVALID_RESPONSE) when it
     * could not be asked.
     */
    public CompletableFuture<OAuthTokens> refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("refresh_token", refreshToken);
        return transport.get().postForm(tokenUrl, form, requestTimeout, RENEWAL).handle((http, failure) -> {
            if (failure != null) {
                throw unreachable(failure);
            }
            return tokens(http, refreshToken);
        });
    }

    private OAuthTokens tokens(HttpTransport.HttpResult http, String refreshToken) {
        if (http.isRedirect()) {
            throw http.redirectRefused("The OAuth server", RENEWAL);
        }
        JsonNode json = json(http.body());
        if (json != null && json.hasNonNull("error")) {
            String description = json.path("error_description").asText("");
            description = Secrets.mask(description, refreshToken);
            throw new PortalException(json.get("error").asText(), scrub(
                    "The OAuth server refused to renew the access token" + (description.isBlank() ? "" : ": " + description)
                    + ". Re-authorise the application in Bitrix24, then configure its new accessToken and refreshToken "
                    + "(and remove the old pair from the tokenStore)"), http.status(), RENEWAL);
        }
        if (json == null || http.status() / 100 != 2 || !json.path("access_token").isTextual()
            || !json.path("refresh_token").isTextual()) {
            throw new PortalException(ErrorCodes.INVALID_RESPONSE, "The OAuth server at " + tokenUrl
                    + " did not answer with a new token pair (content type " + http.contentType() + ")", http.status(), RENEWAL);
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
        return new PortalException(transportFailure.getErrorCode(), "Renewing the access token at " + tokenUrl
                + " failed: " + transportFailure.getErrorDescription(), transportFailure.getHttpStatus(), RENEWAL,
                transportFailure);
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
