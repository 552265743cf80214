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
package io.github.camelbitrix24.notify.replicas;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelbitrix24.notify.redis.RedisServerExtension;
import io.github.camelbitrix24.notify.replicas.DeliveryRecord.Delivery;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas consume one inbox under {@code master:} with the file-lock cluster service and the cursor in Redis; the
 * leader is killed with SIGKILL halfway through a backlog. The other takes the lock once the leader's heartbeat is
 * stale and resumes from the cursor: every notification is delivered, and the only one delivered twice is the one the
 * leader's route was working on when it died (its side effect done, its exchange not completed, so the cursor had not
 * moved past it).
 */
class ConsumerFailoverTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final long USER = 1;
    private static final int BACKLOG = 1500;
    /** The leader dies once it delivered this many. */
    private static final int KILL_AFTER = 500;
    /** What the route still does after its side effect, per notification. */
    private static final long WORK_MILLIS = 3;
    private static final long LEASE_INTERVAL_MILLIS = 1000;
    private static final int HEARTBEAT_MULTIPLIER = 2;
    /**
     * The follower takes the lock once the heartbeat is older than interval x multiplier, and looks once per interval:
     * the lease time.
     */
    private static final long LEASE_MILLIS = LEASE_INTERVAL_MILLIS * (HEARTBEAT_MULTIPLIER + 1);
    /** For the follower's lock check to run late on a loaded two-core machine. */
    private static final long SCHEDULING_SLACK_MILLIS = 2000;
    /**
     * From the lock to the first delivery: camel-master starts the consumer after its backOffDelay (1 s), the consumer
     * connects to Redis, reads the cursor and polls; generous, for a loaded two-core machine.
     */
    private static final long START_SLACK_MILLIS = 8000;

    /** Kept after the run: each replica's log, status and delivery record. */
    private final Path work = ReplicaWorkDir.create("failover");

    @Test
    void theFollowerTakesOverWithinTheLeaseAndDeliversEverythingElseOnce() throws Exception {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.limits().requestRate(20, 50);
        List<Long> backlog = sandbox.seed(USER).text("backlog %d").createMany(BACKLOG);

        Map<String, String> settings = new HashMap<>();
        settings.put("role", "consume");
        settings.put("redis", REDIS.uri());
        settings.put("rps", "20");
        settings.put("burst", "50");
        settings.put("clusterRoot", work.resolve("cluster").toString());
        settings.put("leaseIntervalMillis", String.valueOf(LEASE_INTERVAL_MILLIS));
        settings.put("heartbeatMultiplier", String.valueOf(HEARTBEAT_MULTIPLIER));
        settings.put("workMillis", String.valueOf(WORK_MILLIS));

        try (Replica a = Replica.start("a", work, sandbox.webhookUrl(), settings);
             Replica b = Replica.start("b", work, sandbox.webhookUrl(), settings)) {
            List<Replica> replicas = List.of(a, b);
            Replica.awaitReady(replicas, Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(60)).failFast(() -> !a.isAlive() || !b.isAlive())
                    .until(() -> replicas.stream().anyMatch(replica -> replica.deliveries().size() >= KILL_AFTER));
            Replica leader = a.deliveries().size() >= KILL_AFTER ? a : b;
            Replica survivor = leader == a ? b : a;

            long killedAt = System.currentTimeMillis();
            leader.kill();

            await().atMost(Duration.ofSeconds(60)).failFast(() -> !survivor.isAlive())
                    .until(() -> deliveredIds(replicas).containsAll(backlog));
            // anything delivered late, twice, would show now
            Thread.sleep(1000);

            List<Delivery> byLeader = leader.deliveries();
            List<Delivery> bySurvivor = survivor.deliveries();
            List<Long> all = new ArrayList<>();
            byLeader.forEach(delivery -> all.add(delivery.id()));
            bySurvivor.forEach(delivery -> all.add(delivery.id()));
            Set<Long> distinct = new HashSet<>(all);
            int duplicates = all.size() - distinct.size();
            long takeoverMillis = bySurvivor.get(0).atMillis() - killedAt;
            long lockTakenMillis = survivor.status().first("leader").map(at -> Long.parseLong(at) - killedAt)
                    .orElseThrow(() -> new AssertionError("The survivor never reported the lock\n" + survivor.logTail()));

            Map<String, String> cursors = savedCursors();
            System.out.printf("failover: backlog %d, delivered by the leader %d before SIGKILL, by the survivor %d; "
                              + "distinct %d, duplicates %d; lock taken %d ms and first delivery %d ms after the kill "
                              + "(lease %d ms); cursor %s; logs in %s%n",
                    BACKLOG, byLeader.size(), bySurvivor.size(), distinct.size(), duplicates,
                    lockTakenMillis, takeoverMillis, LEASE_MILLIS, cursors, work);

            // the cursor both replicas used is in Redis, at the newest notification
            assertThat(cursors).hasSize(1).containsValue(String.valueOf(backlog.get(backlog.size() - 1)));

            // one consumer at a time: the survivor delivered nothing while the leader lived
            assertThat(bySurvivor.get(0).atMillis()).isGreaterThanOrEqualTo(killedAt);
            // none lost, nothing that was not in the inbox
            assertThat(distinct).containsExactlyInAnyOrderElementsOf(backlog);
            // each replica delivered in order, oldest first
            assertThat(byLeader).extracting(Delivery::id).isSorted();
            assertThat(bySurvivor).extracting(Delivery::id).isSorted();
            // at most the one exchange in flight at the kill comes again, and it is the survivor's first
            assertThat(duplicates).isLessThanOrEqualTo(1);
            if (duplicates == 1) {
                assertThat(bySurvivor.get(0).id()).isEqualTo(byLeader.get(byLeader.size() - 1).id());
            }
            assertThat(lockTakenMillis).as("from the kill to the survivor's lock")
                    .isLessThanOrEqualTo(LEASE_MILLIS + SCHEDULING_SLACK_MILLIS);
            assertThat(takeoverMillis).as("from the kill to the survivor's first delivery")
                    .isLessThanOrEqualTo(LEASE_MILLIS + SCHEDULING_SLACK_MILLIS + START_SLACK_MILLIS);
        }
    }

    private static Map<String, String> savedCursors() {
        try (RedisClient client = RedisClient.create(REDIS.uri());
             StatefulRedisConnection<String, String> redis = client.connect()) {
            Map<String, String> cursors = new HashMap<>();
            redis.sync().keys("bitrix24-notify:*").forEach(key -> cursors.put(key, redis.sync().get(key)));
            return cursors;
        }
    }

    private static Set<Long> deliveredIds(List<Replica> replicas) {
        Set<Long> ids = new HashSet<>();
        replicas.forEach(replica -> replica.deliveries().forEach(delivery -> ids.add(delivery.id())));
        return ids;
    }
}
