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
import java.util.ArrayList;
import java.util.List;

import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalDirectoryContract;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory contract on a real redis-server, each directory with its own client and connection as another replica
 * would have; plus the keys a portal takes, and the key prefix.
 */
class RedisPortalDirectoryTest extends PortalDirectoryContract {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private final List<RedisPortalDirectory> opened = new ArrayList<>();

    @Override
    protected PortalDirectory open(Duration renewalLease) {
        RedisPortalDirectory directory = new RedisPortalDirectory(REDIS.uri(), renewalLease);
        opened.add(directory);
        return directory;
    }

    @AfterEach
    void stopTheDirectories() {
        opened.forEach(RedisPortalDirectory::stop);
    }

    @Test
    void aPortalIsOneHashAndItsLeaseOneKeyBesideIt() {
        RedisPortalDirectory directory = (RedisPortalDirectory) open(LONG_LEASE);
        directory.setKeyPrefix("staging:");
        directory.register(portal("member-1"));
        directory.tokens("member-1").tryLockRenewal().orElseThrow();

        RedisClient client = RedisClient.create(REDIS.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            assertThat(connection.sync().keys("*")).containsExactlyInAnyOrder(
                    "staging:bitrix24-notify:portal:{member-1}", "staging:bitrix24-notify:portal:{member-1}:renewal");
            assertThat(connection.sync().hget("staging:bitrix24-notify:portal:{member-1}", "client_endpoint"))
                    .isEqualTo("https://member-1.bitrix24.com/rest/");
            assertThat(connection.sync().pttl("staging:bitrix24-notify:portal:{member-1}:renewal"))
                    .isBetween(1L, LONG_LEASE.toMillis());
        } finally {
            client.shutdown();
        }
        assertThat(((RedisPortalDirectory) open(LONG_LEASE)).find("member-1")).as("another prefix").isEmpty();
    }
}
