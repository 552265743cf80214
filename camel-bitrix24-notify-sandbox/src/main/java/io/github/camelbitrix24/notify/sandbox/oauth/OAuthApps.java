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
package io.github.camelbitrix24.notify.sandbox.oauth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitrix24.notify.sandbox.errors.RestError;
import io.github.camelbitrix24.notify.sandbox.errors.SystemErrors;

/**
 * The OAuth server and the portal's view of it: registered applications (client id and secret), the access tokens the
 * portal accepts until they expire, and the refresh tokens, each accepted once and replaced on every renewal, as
 * oauth.bitrix.info does. Thread-safe.
 */
public final class OAuthApps {

    /** The lifetime of a Bitrix24 access token. */
    public static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);
    /** How long an authorization code may be exchanged for tokens, as on Bitrix24. */
    public static final Duration AUTHORIZATION_CODE_LIFETIME = Duration.ofSeconds(30);

    private static final int TOKEN_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> secretsByClientId = new ConcurrentHashMap<>();
    private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();
    /** Refresh tokens not used yet; a renewal removes the one it used. */
    private final Map<String, TokenOwner> refreshTokens = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger renewals = new AtomicInteger();
    private final AtomicInteger refusedRenewals = new AtomicInteger();
    private final RenewalFaults faults = new RenewalFaults();
    /** Authorization codes not exchanged yet; an exchange removes the one it used. */
    private final Map<String, Access> authorizationCodes = new ConcurrentHashMap<>();
    private volatile Duration accessTokenLifetime = DEFAULT_ACCESS_TOKEN_LIFETIME;

    private record Access(TokenOwner owner, Instant expiresAt) {
    }

    /** Registers an application, or changes its secret. */
    public void register(String clientId, String clientSecret) {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("An application needs a client id and a client secret");
        }
        secretsByClientId.put(clientId, clientSecret);
    }

    /**
     * A first token pair for a registered application acting as that user on that portal, as after the user authorised
     * it.
     */
    public IssuedPair issue(String clientId, long userId, String memberId) {
        requireRegistered(clientId);
        if (userId <= 0) {
            throw new IllegalArgumentException("Tokens act as a user id > 0, not " + userId);
        }
        return newPair(new TokenOwner(clientId, userId, Objects.requireNonNull(memberId, "memberId")));
    }

    /** Whether an application with that client id is registered. */
    public boolean isRegistered(String clientId) {
        return clientId != null && secretsByClientId.containsKey(clientId);
    }

    /** Fails unless an application with that client id is registered. */
    public void requireRegistered(String clientId) {
        if (!isRegistered(clientId)) {
            throw new IllegalArgumentException("No application " + clientId + " is registered: register it first");
        }
    }

    /**
     * Revokes every access and refresh token of the application on that portal, as uninstalling it does: its calls get
     * 401 {@code invalid_token} and its renewals {@code invalid_grant}.
     */
    public void revoke(String clientId, String memberId) {
        accessTokens.values().removeIf(access -> access.owner().actsFor(clientId, memberId));
        refreshTokens.values().removeIf(owner -> owner.actsFor(clientId, memberId));
    }

    /**
     * An authorization code for a registered application acting as that user, as Bitrix24 gives the application's
     * handler once the user authorised it: exchanged once for a first pair, within
     * {@link #AUTHORIZATION_CODE_LIFETIME}.
     */
    public String issueAuthorizationCode(String clientId, long userId, String memberId) {
        return issueAuthorizationCode(clientId, userId, memberId, AUTHORIZATION_CODE_LIFETIME);
    }

    /**
     * An authorization code as {@link #issueAuthorizationCode(String, long, String)} gives, exchanged once within that
     * lifetime: for a code handed to a person or a program that starts later, as the standalone sandbox does.
     */
    public String issueAuthorizationCode(String clientId, long userId, String memberId, Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(memberId, "memberId");
        requireRegistered(clientId);
        if (userId <= 0) {
            throw new IllegalArgumentException("Tokens act as a user id > 0, not " + userId);
        }
        String code = newToken();
        authorizationCodes.put(code,
                new Access(new TokenOwner(clientId, userId, memberId), Instant.now().plus(lifetime)));
        return code;
    }

    /**
     * Exchanges an authorization code for the first pair: {@code invalid_client} for unknown keys,
     * {@code invalid_grant} for a code that is unknown, used already, expired or another application's.
     */
    public IssuedPair exchange(String clientId, String clientSecret, String code) {
        checkKeys(clientId, clientSecret);
        Access access = code == null ? null : authorizationCodes.remove(code);
        if (access == null || !access.owner().clientId().equals(clientId) || !Instant.now().isBefore(access.expiresAt())) {
            throw new RestError(400, "invalid_grant", "Invalid authorization code: unknown, expired or used already");
        }
        return newPair(access.owner());
    }

    /**
     * Renews a pair: {@code invalid_client} for unknown keys, {@code invalid_grant} for a refresh token that is
     * unknown, used already or another application's. The used refresh token is dead afterwards.
     */
    public IssuedPair renew(String clientId, String clientSecret, String refreshToken) {
        try {
            checkKeys(clientId, clientSecret);
        } catch (RestError refused) {
            refusedRenewals.incrementAndGet();
            throw refused;
        }
        TokenOwner owner = refreshToken == null ? null : refreshTokens.remove(refreshToken);
        if (owner == null || !owner.clientId().equals(clientId)) {
            if (owner != null) {
                refreshTokens.put(refreshToken, owner);
            }
            refusedRenewals.incrementAndGet();
            throw new RestError(400, "invalid_grant", "Invalid refresh token: unknown, expired or used already");
        }
        renewals.incrementAndGet();
        return newPair(owner);
    }

    /**
     * Whom a REST call's access token belongs to: NO_AUTH_FOUND without one, 401 {@code invalid_token} for a token the
     * portal never issued, 401 {@code expired_token} for an expired one.
     */
    public TokenOwner authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw SystemErrors.noAuthFound();
        }
        Access access = accessTokens.get(accessToken);
        if (access == null) {
            throw invalidToken();
        }
        if (!Instant.now().isBefore(access.expiresAt())) {
            throw new RestError(401, "expired_token", "The access token provided has expired.");
        }
        return access.owner();
    }

    /** The portal's answer to an access token it never issued (or revoked): 401 {@code invalid_token}. */
    public static RestError invalidToken() {
        return new RestError(401, "invalid_token", "The access token provided is invalid.");
    }

    /** Lets every access token issued so far expire now; refresh tokens stay valid. */
    public void expireAccessTokens() {
        Instant now = Instant.now();
        accessTokens.replaceAll((token, access) -> new Access(access.owner(), now));
    }

    /** Lets every access token issued so far on that portal expire now; refresh tokens stay valid. */
    public void expireAccessTokens(String memberId) {
        Instant now = Instant.now();
        accessTokens.replaceAll((token, access) -> access.owner().memberId().equals(memberId)
                ? new Access(access.owner(), now) : access);
    }

    public Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    /** The lifetime of the access tokens issued from now on. */
    public void accessTokenLifetime(Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("An access token must live a while, not " + lifetime);
        }
        this.accessTokenLifetime = lifetime;
    }

    /** The answers waiting for the next requests to the token endpoint, instead of a renewal. */
    public RenewalFaults faults() {
        return faults;
    }

    /**
     * Counts a request to the token endpoint, and takes the fault that answers it instead of a renewal, if one is
     * waiting.
     */
    public Optional<RenewalFaults.Answer> arrive() {
        requests.incrementAndGet();
        return faults.take();
    }

    /** How many requests reached the token endpoint: granted, refused, and answered by a fault. */
    public int requests() {
        return requests.get();
    }

    /** How many renewals the server granted. */
    public int renewals() {
        return renewals.get();
    }

    /** How many renewals the server refused. */
    public int refusedRenewals() {
        return refusedRenewals.get();
    }

    /** Forgets the counts and the faults not used yet; applications and tokens stay. */
    public void reset() {
        requests.set(0);
        renewals.set(0);
        refusedRenewals.set(0);
        faults.clear();
    }

    private void checkKeys(String clientId, String clientSecret) {
        String secret = clientId == null ? null : secretsByClientId.get(clientId);
        if (secret == null || !secret.equals(clientSecret)) {
            throw new RestError(401, "invalid_client", "Invalid client credentials");
        }
    }

    private IssuedPair newPair(TokenOwner owner) {
        Duration lifetime = accessTokenLifetime;
        Instant expiresAt = Instant.now().plus(lifetime);
        String accessToken = newToken();
        String refreshToken = newToken();
        accessTokens.put(accessToken, new Access(owner, expiresAt));
        refreshTokens.put(refreshToken, owner);
        return new IssuedPair(owner, accessToken, refreshToken, expiresAt, lifetime);
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
