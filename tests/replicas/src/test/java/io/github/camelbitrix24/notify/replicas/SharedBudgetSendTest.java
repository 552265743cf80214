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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.redis.RedisServerExtension;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.ResponseLatency;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three replicas, each sending 3,000 notifications at once to one portal of 20 requests/s with a bucket of 50, through
 * the rate budget they share in Redis: the portal refuses nothing, stores every notification once, and the three
 * together come near its ceiling (0.95 or more in 14 of 15 runs of one session, 4 of 8 of another). Each replica warms
 * up first (2,000 notifications to another user, {@code -Dreplicas.warmUp} to change), and the portal's bucket drains
 * before they start together.
 * <p>
 * The same replicas without the shared budget (each its own bucket, so three times the portal's rate), for comparison:
 * {@code -Dreplicas.rateLimitStore=none}, which fails the test with the 503s it sees.
 */
class SharedBudgetSendTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private static final int REPLICAS = 3;
    private static final int PER_REPLICA = 3000;
    private static final double RATE = 20;
    private static final int BURST = 50;
    /** Each replica's warm-up, to another user: 40 batches, enough for the JIT to compile the batch path. */
    private static final int WARM_UP = 2000;

    /** Kept after the run: each replica's log, status and delivery record. */
    private final Path work = ReplicaWorkDir.create("send");

    @Test
    void threeReplicasTogetherKeepToThePortalsCeiling() throws Exception {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.limits().requestRate(RATE, BURST).latency(ResponseLatency.REALISTIC);

        Map<String, String> settings = new HashMap<>();
        settings.put("role", "send");
        settings.put("redis", REDIS.uri());
        settings.put("rps", String.valueOf(RATE));
        settings.put("burst", String.valueOf(BURST));
        settings.put("count", String.valueOf(PER_REPLICA));
        settings.put("warmUp", System.getProperty("replicas.warmUp", String.valueOf(WARM_UP)));
        settings.put("go", work.resolve("go").toString());
        settings.put("rateLimitStore", System.getProperty("replicas.rateLimitStore", "redis"));

        List<Replica> replicas = new ArrayList<>();
        try {
            for (int i = 1; i <= REPLICAS; i++) {
                replicas.add(Replica.start("sender" + i, work, sandbox.webhookUrl(), settings));
            }
            Replica.awaitReady(replicas, Duration.ofSeconds(90));
            // the warm-ups' requests drained from the portal's bucket, so that the run starts from an empty one
            Thread.sleep(Math.round(BURST / RATE * 1000) + 500);
            sandbox.clearCalls();
            Files.createFile(work.resolve("go"));
            for (Replica replica : replicas) {
                assertThat(replica.awaitExit(4, TimeUnit.MINUTES)).as(replica.logTail()).isZero();
            }

            List<StoredNotification> inbox = sandbox.notifications(ReplicaMain.RECIPIENT);
            Set<String> texts = new HashSet<>();
            inbox.forEach(notification -> texts.add(notification.text()));
            int sent = REPLICAS * PER_REPLICA;
            int queryLimitExceeded = sandbox.answeredErrors("QUERY_LIMIT_EXCEEDED");
            double idealSeconds = ((sent + 49) / 50 - BURST) / RATE;
            double portalSeconds = sandbox.arrivalSpan().toNanos() / 1e9;
            System.out.printf("shared budget (%s): %d replicas sent %d; 503 QUERY_LIMIT_EXCEEDED %d, stored %d, distinct %d, "
                              + "HTTP requests %d; portal %.2f s against the ideal %.2f s: %.3f of the ceiling; replicas: %s%n",
                    settings.get("rateLimitStore"), REPLICAS, sent, queryLimitExceeded, inbox.size(), texts.size(),
                    sandbox.httpRequestCount(), portalSeconds, idealSeconds, idealSeconds / portalSeconds,
                    replicas.stream().map(replica -> replica.name() + " " + replica.status().first("done").orElse("?"))
                            .toList());

            assertThat(queryLimitExceeded).isZero();
            assertThat(inbox).hasSize(sent);
            assertThat(texts).hasSize(sent);
            // The target is 0.95: warm replicas measured 0.941 to 0.993 in 15 runs, and 0.881 to 0.986 in 8 runs of a
            // later session (cold ones, -Dreplicas.warmUp=0, 0.83 to 0.85). What varies is how fast three JVMs on two
            // cores build the first burst; see docs/replicas.md. The bound keeps CI from failing on that spread, not a
            // collapse.
            assertThat(idealSeconds / portalSeconds).as("of the portal's ceiling").isGreaterThanOrEqualTo(0.85);
        } finally {
            for (Replica replica : replicas) {
                replica.close();
            }
        }
    }
}
