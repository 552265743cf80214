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
package io.github.camelbitrix24.notify.management;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.support.CapturedLog;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static io.github.camelbitrix24.notify.support.FigureReaders.get;
import static org.assertj.core.api.Assertions.assertThat;

/** An OAuth application's token expiry, renewals and refusals, as the console, JMX and the meters show them. */
class OAuthFiguresTest extends OAuthTestSupport {

    @Override
    protected boolean readsFigures() {
        return true;
    }

    @Test
    void aRenewalShowsTheNewExpiryAndWhenItHappened() throws Exception {
        sandbox().oauth().accessTokenLifetime(Duration.ofHours(1));
        sandbox().oauth().expireAccessTokens();
        Instant before = Instant.now();

        template.requestBody("bitrix24-notify:notify?userId=5", "after a renewal");

        Object application = ((List<?>) figures.portalJson().get("oauth")).get(0);
        assertThat(get(cast(application), "application")).isEqualTo(CLIENT_ID);
        assertThat(get(cast(application), "renewals")).isEqualTo(1L);
        Instant expiry = Instant.parse((String) get(cast(application), "accessTokenExpiresAt"));
        assertThat(expiry).isAfter(before.plus(Duration.ofMinutes(59)));
        assertThat(Instant.parse((String) figures.componentAttribute("LastRenewal"))).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(figures.componentAttribute("AccessTokenExpiresAt")).isEqualTo(expiry.toString());
        assertThat(figures.meter("oauth.token.expires.in", sandbox().portalUrl())).isBetween(3000.0, 3600.0);
        assertThat(figures.meter("oauth.renewals", sandbox().portalUrl())).isEqualTo(1);
        assertThat(figures.consoleText()).contains("OAuth " + CLIENT_ID, "renewals 1", "refused 0")
                .doesNotContain(tokens().accessToken(), tokens().refreshToken(), CLIENT_SECRET);
    }

    @Test
    void aRefusedRenewalIsCountedAndLoggedWithTheFix() throws Exception {
        sandbox().oauth().failNextRenewals(1, 503, "temporarily_unavailable", "The OAuth server is busy");
        sandbox().oauth().expireAccessTokens();
        try (CapturedLog log = CapturedLog.open()) {
            Exchange failed = send("bitrix24-notify:notify?userId=5&maxRetries=0", "no token");

            assertThat(failed.getException()).isInstanceOf(Bitrix24NotifyException.class);
            assertThat(log.lines()).filteredOn(line -> line.level() == Level.WARN && line.text().contains("Could not renew"))
                    .singleElement().extracting(CapturedLog.Line::text).asString()
                    .contains("check that", "is reachable").doesNotContain(CLIENT_SECRET, tokens().refreshToken());
        }
        assertThat(figures.componentAttribute("RenewalsRefused")).isEqualTo(1L);
        assertThat(figures.componentAttribute("LastRenewalRefusal")).asString().startsWith("temporarily_unavailable");
        assertThat(figures.meter("oauth.renewals.refused", sandbox().portalUrl())).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object json) {
        return (Map<String, Object>) json;
    }
}
