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
package io.github.camelbitrix24.notify.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.client.config.PortalRecord;
import io.github.camelbitrix24.notify.client.config.TokenStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.apache.camel.Service;

/**
 * The portal directory in Redis: every replica of an application sees the same portals and the latest pair of each.
 * <p>
 * One hash per portal, {@code <keyPrefix>bitrix24-notify:portal:{<member_id>}}, with the fields
 * {@code client_endpoint}, {@code domain}, {@code access_token}, {@code refresh_token}, {@code expires_at} (Unix
 * seconds, empty when unknown), {@code application_token} (empty when unknown) and {@code plan}. One hash per portal
 * rather than one hash of all records: a renewal or a move writes its few fields in place, with no read-modify-write of
 * a serialized record; an uninstall deletes one key; and in Redis Cluster the portals spread over the slots instead of
 * one key holding every portal on one node. Changes that must find the portal installed (a saved pair, a move) are Lua
 * scripts, so they never bring an uninstalled portal back.
 * <p>
 * A renewal's lock is {@code <keyPrefix>bitrix24-notify:portal:{<member_id>}:renewal}, set with {@code NX} and
 * {@code PX renewalLease} to a token of the holder's, and deleted on close only while it still holds that token (a
 * compare-and-delete script): a holder that died leaves it for at most the lease. The braces keep both keys of a portal
 * in one slot of a cluster, as the scripts need.
 * <p>
 * It connects on first use (or {@link #start()}) and holds one connection until {@link #stop()}. Give it a
 * {@link RedisClient} of your own to share its threads; otherwise it makes one from the URI.
 */
public class RedisPortalDirectory extends RedisBackedService implements PortalDirectory, Service {

    private static final String REPLACE = "redis.call('DEL', KEYS[1]) redis.call('HSET', KEYS[1], unpack(ARGV)) return 1";
    private static final String UPDATE_IF_INSTALLED = "if redis.call('EXISTS', KEYS[1]) == 1 then "
                                                      + "redis.call('HSET', KEYS[1], unpack(ARGV)) return 1 end return 0";
    /** 1: taken; 0: held by another; 2: no such portal, nothing to guard. */
    private static final String LEASE = "if redis.call('EXISTS', KEYS[1]) == 0 then return 2 end "
                                        + "if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end "
                                        + "return 0";
    private static final String RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then "
                                          + "return redis.call('DEL', KEYS[1]) end return 0";

    private final Object lifecycle = new Object();
    private Duration renewalLease = DEFAULT_RENEWAL_LEASE;
    private volatile StatefulRedisConnection<String, String> connection;

    /** For bean configuration: set the URI, or a client, before it starts. */
    public RedisPortalDirectory() {
    }

    /** @param uri the Redis server, e.g. {@code redis://redis:6379} */
    public RedisPortalDirectory(String uri) {
        super(uri);
    }

    /**
     * @param uri          the Redis server, e.g. {@code redis://redis:6379}
     * @param renewalLease how long a renewal lock is held at most when its holder never lets it go: longer than a
     *                     renewal takes (the component's {@code requestTimeout})
     */
    public RedisPortalDirectory(String uri, Duration renewalLease) {
        super(uri);
        setRenewalLease(renewalLease);
    }

    /**
     * @param client       a client of the application's own, left running when the directory stops
     * @param renewalLease how long a renewal lock is held at most when its holder never lets it go
     */
    public RedisPortalDirectory(RedisClient client, Duration renewalLease) {
        super(client);
        setRenewalLease(renewalLease);
    }

    public Duration getRenewalLease() {
        return renewalLease;
    }

    /** How long a renewal lock is held at most when its holder never lets it go; 90 s by default. */
    public void setRenewalLease(Duration renewalLease) {
        if (renewalLease == null || renewalLease.toMillis() <= 0) {
            throw new IllegalArgumentException("The renewal lease must be longer than zero, and longer than a renewal takes");
        }
        this.renewalLease = renewalLease;
    }

    @Override
    public void start() {
        commands();
    }

    @Override
    public void stop() {
        synchronized (lifecycle) {
            if (connection != null) {
                connection.close();
                connection = null;
                closeOwnClient();
            }
        }
    }

    private RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null) {
            synchronized (lifecycle) {
                if (connection == null) {
                    RedisClient redis = openClient();
                    try {
                        connection = redis.connect();
                    } catch (RuntimeException e) {
                        closeOwnClient();
                        throw e;
                    }
                }
                current = connection;
            }
        }
        return current.sync();
    }

    @Override
    public Optional<PortalRecord> find(String memberId) {
        Map<String, String> fields = commands().hgetall(portalKey(memberId));
        if (fields == null || fields.isEmpty()) {
            return Optional.empty();
        }
        String expires = fields.getOrDefault("expires_at", "");
        OAuthTokens tokens = new OAuthTokens(
                fields.get("access_token"), fields.get("refresh_token"),
                expires.isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(expires)));
        return Optional.of(new PortalRecord(
                memberId, fields.get("client_endpoint"), fields.get("domain"), tokens,
                fields.get("application_token"), PortalPlan.valueOf(fields.get("plan"))));
    }

    @Override
    public void register(PortalRecord portal) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("client_endpoint", portal.clientEndpoint());
        fields.put("domain", portal.domain());
        fields.putAll(tokenFields(portal.tokens()));
        fields.put("application_token", portal.applicationToken() == null ? "" : portal.applicationToken());
        fields.put("plan", portal.plan().name());
        commands().eval(REPLACE, ScriptOutputType.INTEGER, new String[] { portalKey(portal.memberId()) }, flat(fields));
    }

    @Override
    public boolean updateAddress(String memberId, String clientEndpoint, String domain) {
        PortalRecord.checkAddress(memberId, clientEndpoint, domain);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("client_endpoint", clientEndpoint);
        fields.put("domain", domain);
        return updateIfInstalled(memberId, fields);
    }

    @Override
    public boolean remove(String memberId) {
        return commands().del(portalKey(memberId)) == 1;
    }

    private boolean updateIfInstalled(String memberId, Map<String, String> fields) {
        Long updated = commands().eval(UPDATE_IF_INSTALLED, ScriptOutputType.INTEGER,
                new String[] { portalKey(memberId) }, flat(fields));
        return updated != null && updated == 1;
    }

    @Override
    public void saveTokens(String memberId, OAuthTokens tokens) {
        if (!updateIfInstalled(memberId, tokenFields(tokens))) {
            throw new IllegalStateException(
                    "The portal " + memberId + " is not in the directory (uninstalled meanwhile?): its "
                                            + "pair was not saved, and the portal is not installed again by it");
        }
    }

    @Override
    public Optional<TokenStore.RenewalLock> tryLockRenewal(String memberId) {
        String owner = UUID.randomUUID().toString();
        String lockKey = portalKey(memberId) + ":renewal";
        Long taken = commands().eval(LEASE, ScriptOutputType.INTEGER, new String[] { portalKey(memberId), lockKey }, owner,
                String.valueOf(renewalLease.toMillis()));
        if (taken != null && taken == 2) {
            return Optional.of(TokenStore.RenewalLock.NONE);
        }
        return taken != null && taken == 1
                ? Optional.of(() -> commands().eval(RELEASE, ScriptOutputType.INTEGER, new String[] { lockKey }, owner))
                : Optional.empty();
    }

    private static Map<String, String> tokenFields(OAuthTokens tokens) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("access_token", tokens.accessToken());
        fields.put("refresh_token", tokens.refreshToken());
        fields.put("expires_at", tokens.expiresAt() == null ? "" : String.valueOf(tokens.expiresAt().getEpochSecond()));
        return fields;
    }

    private static String[] flat(Map<String, String> fields) {
        return fields.entrySet().stream().flatMap(field -> Stream.of(field.getKey(), field.getValue()))
                .toArray(String[]::new);
    }

    private String portalKey(String memberId) {
        return getKeyPrefix() + "bitrix24-notify:portal:{" + memberId + "}";
    }

    /** The same server (URI or client) and key prefix. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RedisPortalDirectory directory && Objects.equals(getUri(), directory.getUri())
                && getClient() == directory.getClient() && getKeyPrefix().equals(directory.getKeyPrefix());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getUri(), getKeyPrefix());
    }
}
