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
package io.github.camelbitrix24.notify.client.oauth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.client.call.BitrixJson;
import io.github.camelbitrix24.notify.client.call.HttpTransport;
import io.github.camelbitrix24.notify.client.config.InMemoryTokenStore;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.client.config.TokenStore;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import io.github.camelbitrix24.notify.support.StackTraces;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One pair, one session: endpoints of one store share it, an endpoint naming the store with another portal is refused,
 * portal URLs spelled differently are one portal. A session whose pair is in a store goes when its last user stops,
 * while one without a store is kept, since it alone holds the renewed pair.
 */
class OAuthSessionsTest extends OAuthTestSupport {

    private static final RenewalTransport UNUSED_TRANSPORT = new RenewalTransport() {
        @Override
        public HttpTransport get() {
            throw new AssertionError("no renewal in this test");
        }

        @Override
        public boolean stopped() {
            return false;
        }
    };

    @Test
    void aSessionWithAStoreGoesWhenItsLastUserReleasesItAndTheNextStartsFromTheStore() {
        OAuthSessions sessions = new OAuthSessions();
        CountedStore store = new CountedStore();
        OAuthSettings settings = settings(store);
        OAuthAuth first = sessions.acquire(settings, UNUSED_TRANSPORT, BitrixJson.newMapper(), 5_000);
        assertThat(sessions.acquire(settings, UNUSED_TRANSPORT, BitrixJson.newMapper(), 5_000)).isSameAs(first);

        sessions.release(first);
        assertThat(sessions.size()).as("still held by its second user").isEqualTo(1);
        sessions.release(first);
        assertThat(sessions.size()).isZero();
        OAuthAuth next = sessions.acquire(settings, UNUSED_TRANSPORT, BitrixJson.newMapper(), 5_000);

        assertThat(next).isNotSameAs(first);
        assertThat(store.loads.get()).as("the next session read the store again").isEqualTo(2);
    }

    @Test
    void aSessionWithoutAStoreIsKeptWhenItsLastUserReleasesIt() {
        OAuthSessions sessions = new OAuthSessions();
        OAuthSettings settings = settings(null);
        OAuthAuth session = sessions.acquire(settings, UNUSED_TRANSPORT, BitrixJson.newMapper(), 5_000);

        sessions.release(session);

        assertThat(sessions.size()).isEqualTo(1);
        assertThat(sessions.acquire(settings, UNUSED_TRANSPORT, BitrixJson.newMapper(), 5_000)).isSameAs(session);
    }

    @Test
    void withoutAStoreANewEndpointGoesOnWithTheRenewedPair() throws Exception {
        String uri = "bitrix24-notify:notify?userId=5";
        sandbox().oauth().expireAccessTokens();
        assertThat(send(uri, "Renews the pair").getException()).isNull();

        context.removeEndpoints("bitrix24-notify:*");
        // configured with the pair whose refresh token the renewal used up
        Exchange again = send(uri, "From a new endpoint");

        assertThat(again.getException()).isNull();
        assertThat(sandbox().oauth().refreshCount()).isEqualTo(1);
        assertThat(sandbox().oauth().refusedRefreshCount()).isZero();
    }

    @Test
    void aStoreAlreadyServingAnotherPortalIsRefusedWithoutShowingASecret() {
        context.getRegistry().bind("store", new InMemoryTokenStore());
        // a producer running: the session of the store is in use
        assertThat(send("bitrix24-notify:notify?userId=5&tokenStore=#store", "Hello").getException()).isNull();

        assertThatThrownBy(() -> context.getEndpoint("bitrix24-notify:notify?userId=5&tokenStore=#store"
                                                     + "&portalUrl=https://other.example.com"))
                .hasStackTraceContaining("already serves OAuth application " + CLIENT_ID)
                .satisfies(error -> assertThat(StackTraces.of(error))
                        .doesNotContain(CLIENT_SECRET).doesNotContain(tokens().refreshToken()));
    }

    @Test
    void portalUrlsSpelledDifferentlyAreOnePortal() {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        String portal = sandbox().portalUrl();
        component.getConfiguration().setPortalUrl(portal.replace("http://", "HTTP://") + "/rest/");
        String other = "bitrix24-notify:notify?userId=6&portalUrl=RAW(" + portal + "//)";
        context.getEndpoint("bitrix24-notify:notify?userId=5");
        context.getEndpoint(other);
        sandbox().oauth().expireAccessTokens();

        assertThat(send("bitrix24-notify:notify?userId=5", "One").getException()).isNull();
        assertThat(send(other, "Two").getException()).isNull();
        assertThat(sandbox().oauth().refreshCount()).isEqualTo(1);
        assertThat(sandbox().oauth().refusedRefreshCount()).isZero();
    }

    private OAuthSettings settings(TokenStore store) {
        return new OAuthSettings(
                sandbox().portalUrl(), sandbox().oauthUrl(), CLIENT_ID, CLIENT_SECRET,
                tokens().accessToken(), tokens().refreshToken(), store);
    }

    /** A store in memory that counts how often a session started from it. */
    private static final class CountedStore implements TokenStore {

        final AtomicInteger loads = new AtomicInteger();
        private final InMemoryTokenStore pair = new InMemoryTokenStore();

        @Override
        public Optional<OAuthTokens> load() {
            loads.incrementAndGet();
            return pair.load();
        }

        @Override
        public void save(OAuthTokens tokens) {
            pair.save(tokens);
        }
    }
}
