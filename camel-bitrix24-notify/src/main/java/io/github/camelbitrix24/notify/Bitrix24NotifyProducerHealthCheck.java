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
package io.github.camelbitrix24.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.stats.PortalHealth;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Whether the producers can send to a portal, as their own traffic tells: DOWN with the portal's error code while it
 * refuses the credentials, cannot be reached, or pauses the sends for their operating time; UP again with the next
 * answer. One check per portal, shared by its producers. It spends no request on a probe while real calls tell: only
 * when the portal is down and no call ended for a while ({@link #PROBE_AFTER}) does it ask the portal once, without
 * waiting, so that an idle application learns of the recovery.
 */
final class Bitrix24NotifyProducerHealthCheck extends AbstractHealthCheck {

    /** How long a down portal stays without news before a probe asks it. */
    static final Duration PROBE_AFTER = Duration.ofSeconds(30);

    private final String portal;
    private final Supplier<PortalHealth> health;
    private final Supplier<Instant> lastCallEnded;
    private final Runnable probe;
    private final Duration probeAfter;
    private volatile Instant lastProbe = Instant.EPOCH;

    /**
     * @param portal        the portal's scheme and host
     * @param health        what its last answers tell
     * @param lastCallEnded when its last call ended
     * @param probe         starts a harmless read of the portal, without waiting for it
     * @param probeAfter    how long a down portal stays without news before the probe asks it
     */
    Bitrix24NotifyProducerHealthCheck(String portal, Supplier<PortalHealth> health, Supplier<Instant> lastCallEnded,
                                      Runnable probe, Duration probeAfter) {
        super("camel", "producer:bitrix24-notify:" + portal);
        this.portal = portal;
        this.health = health;
        this.lastCallEnded = lastCallEnded;
        this.probe = probe;
        this.probeAfter = probeAfter;
    }

    /** A producer's portal is a readiness matter: a restart does not bring back refused credentials. */
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        PortalHealth now = health.get();
        builder.detail("bitrix24.portal", portal);
        if (now.up()) {
            builder.up();
            return;
        }
        builder.detail("bitrix24.error.code", now.errorCode());
        if (now.since() != null) {
            builder.detail("bitrix24.down.since", now.since().toString());
        }
        builder.message("Bitrix24 portal " + portal + " is down: " + now.errorCode() + ": " + now.message());
        builder.down();
        probeIfIdle(now);
    }

    private void probeIfIdle(PortalHealth now) {
        if (ErrorCodes.OPERATION_TIME_LIMIT.equals(now.errorCode())) {
            // the pause ends at its time whatever a probe would say
            return;
        }
        Instant threshold = Instant.now().minus(probeAfter);
        Instant ended = lastCallEnded.get();
        if ((ended == null || ended.isBefore(threshold)) && lastProbe.isBefore(threshold)) {
            lastProbe = Instant.now();
            probe.run();
        }
    }
}
