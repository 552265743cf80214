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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The repository against a real redis-server: what one replica saves, another reads. */
class RedisStateRepositoryTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    @Test
    void aSecondRepositoryReadsWhatTheFirstSaved() {
        RedisStateRepository first = new RedisStateRepository(REDIS.uri());
        RedisStateRepository second = new RedisStateRepository(REDIS.uri());
        first.start();
        second.start();
        try {
            assertThat(second.getState("bitrix24-notify:inbox")).isNull();
            first.setState("bitrix24-notify:inbox", "41");
            assertThat(second.getState("bitrix24-notify:inbox")).isEqualTo("41");
            second.setState("bitrix24-notify:inbox", "42");
            assertThat(first.getState("bitrix24-notify:inbox")).isEqualTo("42");
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void theKeyPrefixSeparatesEnvironmentsSharingOneServer() {
        RedisStateRepository staging = new RedisStateRepository(REDIS.uri());
        staging.setKeyPrefix("staging:");
        RedisStateRepository production = new RedisStateRepository(REDIS.uri());
        staging.start();
        production.start();
        try {
            staging.setState("bitrix24-notify:inbox", "7");
            assertThat(production.getState("bitrix24-notify:inbox")).isNull();
            assertThat(production.getState("staging:bitrix24-notify:inbox")).isEqualTo("7");
        } finally {
            staging.stop();
            production.stop();
        }
    }

    @Test
    void routesSharingItKeepItConnectedUntilTheLastStops() {
        RedisStateRepository shared = new RedisStateRepository(REDIS.uri());
        shared.start();
        shared.start();
        shared.setState("k", "1");

        shared.stop();
        assertThat(shared.getState("k")).isEqualTo("1");

        shared.stop();
        assertThatThrownBy(() -> shared.getState("k")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not started");

        // a consumer that takes leadership again starts it again
        shared.start();
        try {
            assertThat(shared.getState("k")).isEqualTo("1");
        } finally {
            shared.stop();
        }
    }

    @Test
    void withoutAServerItSaysWhatToSet() {
        RedisStateRepository unconfigured = new RedisStateRepository();
        assertThatThrownBy(unconfigured::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set its uri");
    }
}
