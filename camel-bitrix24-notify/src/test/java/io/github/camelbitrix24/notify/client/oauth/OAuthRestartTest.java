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

import java.nio.file.Path;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.config.FileTokenStore;
import io.github.camelbitrix24.notify.client.config.InMemoryTokenStore;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.client.config.TokenStore;
import io.github.camelbitrix24.notify.sandbox.SandboxTokens;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refresh token rotates on every renewal: a restarted CamelContext, configured with the tokens it was first given,
 * goes on with the latest pair from the token store instead of the dead configured one.
 */
class OAuthRestartTest extends OAuthTestSupport {

    @TempDir
    Path directory;

    private Path tokenFile() {
        return directory.resolve("state/bitrix24-tokens.json");
    }

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setTokenStore(new FileTokenStore(tokenFile()));
    }

    @Test
    void theRotatedPairIsSavedAndARestartedContextUsesIt() throws Exception {
        context.getEndpoint("bitrix24-notify:notify?userId=5");
        assertThat(new FileTokenStore(tokenFile()).load()).as("the configured pair, saved when the endpoint starts")
                .hasValueSatisfying(saved -> assertThat(saved.refreshToken()).isEqualTo(tokens().refreshToken()));
        sandbox().oauth().expireAccessTokens();
        assertThat(send("bitrix24-notify:notify?userId=5", "Before the restart").getException()).isNull();
        OAuthTokens rotated = new FileTokenStore(tokenFile()).load().orElseThrow();
        assertThat(rotated.refreshToken()).isNotEqualTo(tokens().refreshToken());
        context.stop();

        sandbox().oauth().expireAccessTokens();
        Exchange afterRestart = sendFromANewContext(new FileTokenStore(tokenFile()), "After the restart");

        assertThat(afterRestart.getException()).isNull();
        assertThat(sandbox().oauth().refreshCount()).isEqualTo(2);
        assertThat(sandbox().oauth().refusedRefreshCount()).isZero();
        assertThat(new FileTokenStore(tokenFile()).load().orElseThrow().refreshToken())
                .isNotEqualTo(rotated.refreshToken()).isNotEqualTo(tokens().refreshToken());
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrder("Before the restart", "After the restart");
    }

    @Test
    void withoutAStoreThatSurvivesARestartedContextIsLockedOut() throws Exception {
        sandbox().oauth().expireAccessTokens();
        assertThat(send("bitrix24-notify:notify?userId=5", "Before the restart").getException()).isNull();
        context.stop();

        sandbox().oauth().expireAccessTokens();
        Exchange afterRestart = sendFromANewContext(new InMemoryTokenStore(), "After the restart");

        assertThat(afterRestart.getException()).isInstanceOfSatisfying(Bitrix24NotifyException.class,
                error -> assertThat(error.getErrorCode()).isEqualTo("invalid_grant"));
    }

    @Test
    void aPairInTheStoreWinsOverTheConfiguredOne() throws Exception {
        SandboxTokens stored = sandbox().oauth().issueTokens(CLIENT_ID, 7);
        new FileTokenStore(tokenFile()).save(new OAuthTokens(stored.accessToken(), stored.refreshToken(), stored.expiresAt()));
        context.stop();

        Exchange sent = sendFromANewContext(new FileTokenStore(tokenFile()), "From the stored pair's user");

        assertThat(sent.getException()).isNull();
        assertThat(sandbox().notifications(5)).singleElement()
                .satisfies(notification -> assertThat(notification.authorId()).isEqualTo(7));
    }

    /** A new CamelContext configured as the first one was (the originally issued pair), with this store. */
    private Exchange sendFromANewContext(TokenStore store, String text) throws Exception {
        try (CamelContext restarted = new DefaultCamelContext()) {
            Bitrix24NotifyComponent component = new Bitrix24NotifyComponent();
            useOAuth(component.getConfiguration(), tokens());
            component.getConfiguration().setTokenStore(store);
            restarted.addComponent("bitrix24-notify", component);
            restarted.start();
            ProducerTemplate producer = restarted.createProducerTemplate();
            return producer.request("bitrix24-notify:notify?userId=5", exchange -> exchange.getMessage().setBody(text));
        }
    }
}
