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

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A portal's pair in a directory as a session's token store: it reads, saves and moves that portal's record. */
class DirectoryTokensTest {

    private final InMemoryPortalDirectory directory = new InMemoryPortalDirectory();
    private final OAuthTokens pair = new OAuthTokens("access-1", "refresh-1", Instant.parse("2026-12-08T06:00:00Z"));

    @Test
    void aMoveSavesTheNewAddressWithTheDomainItNames() {
        directory.register(new PortalRecord(
                "m1", "https://old.bitrix24.com/rest/", "old.bitrix24.com", pair, null,
                PortalPlan.STANDARD));
        DirectoryTokens tokens = new DirectoryTokens(directory, "m1");

        tokens.portalMoved("https://new.bitrix24.com/rest/");

        PortalRecord moved = directory.find("m1").orElseThrow();
        assertThat(moved.clientEndpoint()).isEqualTo("https://new.bitrix24.com/rest/");
        assertThat(moved.domain()).isEqualTo("new.bitrix24.com");
        assertThat(moved.tokens()).isEqualTo(pair);
    }

    @Test
    void aPortalServedUnderAPathKeepsItInItsDomain() {
        assertThat(DirectoryTokens.domainOf("http://127.0.0.1:8080/acme/rest/")).isEqualTo("127.0.0.1:8080/acme");
        assertThat(DirectoryTokens.domainOf("https://portal.bitrix24.com/rest")).isEqualTo("portal.bitrix24.com");
    }

    @Test
    void itReadsAndSavesThePortalsPairAndIsEqualForTheSamePortal() {
        directory.register(new PortalRecord(
                "m1", "https://p.bitrix24.com/rest/", "p.bitrix24.com", pair, null,
                PortalPlan.STANDARD));
        DirectoryTokens tokens = new DirectoryTokens(directory, "m1");
        OAuthTokens renewed = new OAuthTokens("access-2", "refresh-2", null);

        tokens.save(renewed);

        assertThat(tokens.load()).contains(renewed);
        assertThat(directory.find("m1").orElseThrow().tokens()).isEqualTo(renewed);
        assertThat(tokens).isEqualTo(new DirectoryTokens(directory, "m1")).isNotEqualTo(new DirectoryTokens(directory, "m2"));
        assertThat(tokens.toString()).doesNotContain("access-2").doesNotContain("refresh-2");
    }
}
