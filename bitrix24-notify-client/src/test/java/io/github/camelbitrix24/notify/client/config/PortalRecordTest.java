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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A portal's record refuses what no portal sends, and shows no secret. */
class PortalRecordTest {

    private static final OAuthTokens PAIR = new OAuthTokens("access-s3cr3t", "refresh-s3cr3t", null);

    @Test
    void aRecordNeedsItsMemberIdAnHttpAddressADomainAPairAndAPlan() {
        assertThatThrownBy(() -> new PortalRecord(
                " ", "https://p.bitrix24.com/rest/", "p.bitrix24.com", PAIR, "app-s3cr3t",
                PortalPlan.STANDARD)).hasMessageContaining("member_id");
        assertThatThrownBy(() -> new PortalRecord(
                "m", "p.bitrix24.com/rest/", "p.bitrix24.com", PAIR, "app-s3cr3t",
                PortalPlan.STANDARD)).hasMessageContaining("client_endpoint");
        assertThatThrownBy(() -> new PortalRecord(
                "m", "https://p.bitrix24.com/rest/", "", PAIR, "app-s3cr3t",
                PortalPlan.STANDARD)).hasMessageContaining("domain");
        assertThatThrownBy(() -> new PortalRecord(
                "m", "https://p.bitrix24.com/rest/", "p.bitrix24.com", null, "app-s3cr3t",
                PortalPlan.STANDARD)).hasMessageContaining("OAuth pair");
        assertThatThrownBy(() -> new PortalRecord(
                "m", "https://p.bitrix24.com/rest/", "p.bitrix24.com", PAIR, "app-s3cr3t",
                null)).hasMessageContaining("plan");
    }

    @Test
    void aBlankApplicationTokenIsNone() {
        PortalRecord portal = new PortalRecord(
                "m", "https://p.bitrix24.com/rest/", "p.bitrix24.com", PAIR, " ",
                PortalPlan.STANDARD);

        assertThat(portal.applicationToken()).isNull();
    }

    @Test
    void itsTextShowsWhichPortalButNoSecret() {
        PortalRecord portal = new PortalRecord(
                "m", "https://p.bitrix24.com/rest/", "p.bitrix24.com", PAIR, "app-s3cr3t",
                PortalPlan.ENTERPRISE);

        assertThat(portal.toString()).contains("m", "https://p.bitrix24.com/rest/", "ENTERPRISE", Secrets.MASK)
                .doesNotContain("s3cr3t");
    }
}
