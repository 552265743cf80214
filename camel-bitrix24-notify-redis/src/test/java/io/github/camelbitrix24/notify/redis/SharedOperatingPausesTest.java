package io.github.camelbitrix24.notify.redis;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Operating-limit pauses in Redis: a 429 seen by one replica pauses that method for all. */
class SharedOperatingPausesTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static final String PORTAL = "http://127.0.0.1:1";

    @Test
    void aPauseOneReplicaRecordsHoldsTheOthersBackForThatMethodOnly() {
        RedisRateLimitStore first = new RedisRateLimitStore(REDIS.uri());
        RedisRateLimitStore second = new RedisRateLimitStore(REDIS.uri());
        first.start();
        second.start();
        try {
            Instant until = Instant.now().plusSeconds(30);
            first.pauses(PORTAL).pauseUntil("im.notify.get", until);

            SharedOperatingPauses theirs = second.pauses(PORTAL);
            assertThat(theirs.remaining(List.of("IM.NOTIFY.GET"))).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
            assertThat(theirs.remaining(Set.of("im.notify.personal.add", "im.notify.get"))).isGreaterThan(Duration.ofSeconds(25));
            assertThat(theirs.remaining(List.of("im.notify.personal.add"))).isZero();
            assertThat(second.pauses("http://127.0.0.1:2").remaining(List.of("im.notify.get"))).isZero();
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void aShorterPauseNeverCutsALongerOneShort() {
        RedisRateLimitStore store = new RedisRateLimitStore(REDIS.uri());
        store.start();
        try {
            SharedOperatingPauses pauses = store.pauses(PORTAL);
            Instant longer = Instant.now().plusSeconds(60);
            assertThat(pauses.pauseUntil("im.notify.get", longer)).isEqualTo(longer.truncatedTo(ChronoUnit.MILLIS));

            Instant recorded = pauses.pauseUntil("im.notify.get", Instant.now().plusSeconds(5));

            assertThat(recorded).isEqualTo(longer.truncatedTo(ChronoUnit.MILLIS));
            assertThat(pauses.remaining(List.of("im.notify.get"))).isGreaterThan(Duration.ofSeconds(50));
        } finally {
            store.stop();
        }
    }

    @Test
    void anEndedPauseLeavesNothingBehind() {
        RedisRateLimitStore store = new RedisRateLimitStore(REDIS.uri());
        store.start();
        try {
            SharedOperatingPauses pauses = store.pauses(PORTAL);
            pauses.pauseUntil("im.notify.get", Instant.now().plusSeconds(1));
            assertThat(pauses.remaining(List.of("im.notify.get"))).isPositive();

            await().atMost(Duration.ofSeconds(5)).until(() -> pauses.remaining(List.of("im.notify.get")).isZero());
            try (RedisClient client = RedisClient.create(REDIS.uri()); StatefulRedisConnection<String, String> redis = client.connect()) {
                await().atMost(Duration.ofSeconds(5)).until(() -> redis.sync().keys("*").isEmpty());
            }
        } finally {
            store.stop();
        }
    }
}
