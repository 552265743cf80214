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
package io.github.camelbitrix24.notify.client.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The operating limit's bookkeeping, on a clock the test moves: no sleeping. */
class OperatingLimitTest {

    private static final Instant NOW = Instant.parse("2026-05-14T10:26:32.400Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final OperatingLimit limit = new OperatingLimit(clock);

    @Test
    void nothingPausesBeforeThePortalBlocksAMethod() {
        limit.observe("im.notify", 470.5, NOW.plusSeconds(300).getEpochSecond());

        assertThat(limit.pause(List.of("im.notify", "im.notify.get"))).isZero();
        assertThat(limit.operatingSeconds("im.notify")).isEqualTo(470.5);
    }

    @Test
    void aBlockedMethodPausesUntilTheSecondAfterItsResetTime() {
        long resetAt = NOW.plusSeconds(30).getEpochSecond();
        limit.observe("im.notify", 480.2, resetAt);

        Instant until = limit.blocked("im.notify");

        assertThat(until).isEqualTo(Instant.ofEpochSecond(resetAt + 1));
        assertThat(limit.pause(List.of("im.notify"))).isEqualTo(Duration.between(NOW, until));
        assertThat(limit.pause(List.of("IM.NOTIFY"))).as("method names ignore case").isPositive();
    }

    @Test
    void otherMethodsGoOn() {
        limit.observe("im.notify", 480.2, NOW.plusSeconds(30).getEpochSecond());
        limit.blocked("im.notify");

        assertThat(limit.pause(List.of("im.notify.get"))).isZero();
        assertThat(limit.pause(List.of("im.notify.get", "im.notify"))).isPositive();
    }

    @Test
    void thePauseEndsWithTheResetTime() {
        limit.observe("im.notify", 480.2, NOW.plusSeconds(30).getEpochSecond());
        Instant until = limit.blocked("im.notify");

        clock.set(until);

        assertThat(limit.pause(List.of("im.notify"))).isZero();
    }

    @Test
    void withoutAResetTimeAheadTheMethodPausesForTheFallback() {
        assertThat(limit.blocked("im.notify.get")).isEqualTo(NOW.plus(OperatingLimit.UNKNOWN_RESET_PAUSE));

        limit.observe("im.notify", 480.2, NOW.minusSeconds(5).getEpochSecond());
        assertThat(limit.blocked("im.notify")).isEqualTo(NOW.plus(OperatingLimit.UNKNOWN_RESET_PAUSE));
    }

    @Test
    void aLaterAnswerKeepsThePause() {
        limit.observe("im.notify", 480.2, NOW.plusSeconds(30).getEpochSecond());
        Instant until = limit.blocked("im.notify");

        limit.observe("im.notify", 12, NOW.plusSeconds(600).getEpochSecond());

        assertThat(limit.pause(List.of("im.notify"))).isEqualTo(Duration.between(NOW, until));
    }

    /** A clock the test sets. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
