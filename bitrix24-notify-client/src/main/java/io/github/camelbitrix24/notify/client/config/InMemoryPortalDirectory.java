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
package io.github.camelbitrix24.notify.client.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The default directory: keeps the portals for the life of the process only, so that after a restart every portal must
 * be installed again and the pairs renewed meanwhile are lost; use a {@link JdbcPortalDirectory} (or Redis's) for
 * anything that restarts or runs in several replicas. One instance is one store: share the instance, not copies of it.
 */
public final class InMemoryPortalDirectory implements PortalDirectory {

    private final Map<String, PortalRecord> portals = new ConcurrentHashMap<>();
    /** The renewal leases held, by member_id. */
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();
    private final long leaseNanos;
    private final LongSupplier nanoClock = System::nanoTime;

    public InMemoryPortalDirectory() {
        this(DEFAULT_RENEWAL_LEASE);
    }

    /** @param renewalLease how long a renewal lock is held at most when nobody closes it */
    public InMemoryPortalDirectory(Duration renewalLease) {
        this.leaseNanos = requirePositive(renewalLease).toNanos();
    }

    @Override
    public Optional<PortalRecord> find(String memberId) {
        return Optional.ofNullable(portals.get(memberId));
    }

    @Override
    public void register(PortalRecord portal) {
        portals.put(portal.memberId(), portal);
    }

    @Override
    public boolean updateAddress(String memberId, String clientEndpoint, String domain) {
        return portals.computeIfPresent(memberId, (id, portal) -> portal.withAddress(clientEndpoint, domain)) != null;
    }

    @Override
    public boolean remove(String memberId) {
        return portals.remove(memberId) != null;
    }

    @Override
    public void saveTokens(String memberId, OAuthTokens tokens) {
        if (portals.computeIfPresent(memberId, (id, portal) -> portal.withTokens(tokens)) == null) {
            throw notInstalled(memberId);
        }
    }

    /** A lease, taken unless another one is held and not expired. */
    @Override
    public Optional<TokenStore.RenewalLock> tryLockRenewal(String memberId) {
        if (!portals.containsKey(memberId)) {
            return Optional.of(TokenStore.RenewalLock.NONE);
        }
        Lease mine = new Lease(nanoClock.getAsLong() + leaseNanos);
        Lease held = leases.compute(memberId,
                (id, current) -> current == null || nanoClock.getAsLong() - current.until() >= 0 ? mine : current);
        return held == mine ? Optional.of(() -> leases.remove(memberId, mine)) : Optional.empty();
    }

    static Duration requirePositive(Duration renewalLease) {
        if (renewalLease == null || renewalLease.isNegative() || renewalLease.isZero()) {
            throw new IllegalArgumentException("The renewal lease must be longer than zero, and longer than a renewal takes");
        }
        return renewalLease;
    }

    static IllegalStateException notInstalled(String memberId) {
        return new IllegalStateException(
                "The portal " + memberId + " is not in the directory (uninstalled meanwhile?): its pair "
                                         + "was not saved, and the portal is not installed again by it");
    }

    @Override
    public String toString() {
        return "InMemoryPortalDirectory[" + portals.size() + " portals]";
    }

    /** Compared by identity: a new lease is another lease, even with the same deadline. */
    private static final class Lease {
        private final long until;

        Lease(long until) {
            this.until = until;
        }

        long until() {
            return until;
        }
    }
}
