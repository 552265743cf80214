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
import io.github.camelbitrix24.notify.Bitrix24NotifyEndpoint;
import io.github.camelbitrix24.notify.client.config.FileTokenStore;
import io.github.camelbitrix24.notify.client.config.InMemoryTokenStore;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Choosing between webhook and OAuth application, and what an OAuth application needs, checked at endpoint creation.
 */
class OAuthConfigurationTest extends OAuthTestSupport {

    @TempDir
    Path directory;

    @Test
    void neitherAWebhookNorAnApplicationIsRefused() {
        context.addComponent("bare-bitrix24", new Bitrix24NotifyComponent());

        assertThatThrownBy(() -> context.getEndpoint("bare-bitrix24:notify"))
                .hasStackTraceContaining("Set webhookUrl (an incoming webhook) or portalUrl with clientId, clientSecret");
    }

    @Test
    void aWebhookAndAnApplicationTogetherAreRefused() {
        assertThatThrownBy(() -> context.getEndpoint("bitrix24-notify:notify?webhookUrl=RAW(" + sandbox().webhookUrl() + ")"))
                .hasStackTraceContaining("Set either webhookUrl")
                .hasStackTraceContaining("not both");
    }

    @Test
    void plainHttpIsAcceptedForLoopbackHostsOnly() {
        assertThatThrownBy(() -> context.getEndpoint("bitrix24-notify:notify?portalUrl=http://portal.example.com"))
                .hasStackTraceContaining("portalUrl must use https://");
        assertThatThrownBy(() -> context.getEndpoint("bitrix24-notify:notify?oauthUrl=http://oauth.example.com/oauth/token/"))
                .hasStackTraceContaining("oauthUrl must use https://");
        assertThat(context
                .getEndpoint("bitrix24-notify:get?portalUrl=https://portal.example.com&oauthUrl=https://oauth.example.com/t/"))
                .isNotNull();
    }

    @Test
    void aWebhookGivenAsPortalUrlIsRefusedWithoutQuotingItsCode() {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        component.getConfiguration().setPortalUrl("https://portal.example.com/rest/1/s3cr3tc0de/");

        assertThatThrownBy(() -> context.getEndpoint("bitrix24-notify:notify"))
                .hasStackTraceContaining("portalUrl must be the portal's address")
                .satisfies(error -> assertThat(stackTraceOf(error)).doesNotContain("s3cr3tc0de"));
    }

    @Test
    void anOAuthUrlWithParametersIsRefusedWithoutQuotingThem() {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        // the token request as the docs show it, pasted whole
        component.getConfiguration().setOauthUrl("https://oauth.bitrix.info/oauth/token/?grant_type=refresh_token"
                                                 + "&client_secret=" + CLIENT_SECRET + "&refresh_token="
                                                 + tokens().refreshToken());

        assertThatThrownBy(() -> context.getEndpoint("bitrix24-notify:notify"))
                .hasStackTraceContaining("oauthUrl must be the token endpoint alone")
                .satisfies(error -> assertThat(stackTraceOf(error)).doesNotContain(CLIENT_SECRET)
                        .doesNotContain(tokens().refreshToken()));
    }

    @Test
    void aPortalUrlWithCredentialsIsRefusedWithoutQuotingThem() {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        component.getConfiguration().setPortalUrl("https://admin:pa55w0rd@portal.example.com");

        assertThatThrownBy(() -> context.getEndpoint("bitrix24-notify:notify"))
                .hasStackTraceContaining("portalUrl must be the portal's address")
                .satisfies(error -> assertThat(stackTraceOf(error)).doesNotContain("pa55w0rd"));
    }

    @Test
    void theApplicationsKeysAndBothTokensAreNeeded() {
        assertThatThrownBy(() -> context.getEndpoint("bitrix24-notify:notify?clientSecret="))
                .hasStackTraceContaining("needs clientId and clientSecret");
        assertThatThrownBy(() -> context.getEndpoint("bitrix24-notify:notify?refreshToken="))
                .hasStackTraceContaining("Set both accessToken and refreshToken");
        assertThatThrownBy(() -> context.getEndpoint("bitrix24-notify:notify?accessToken=&refreshToken=&tokenStore=#class:"
                                                     + InMemoryTokenStore.class.getName()))
                .hasStackTraceContaining("has no tokens");
    }

    @Test
    void theClientEndpointOfTheTokenAnswerWorksAsPortalUrl() {
        Exchange exchange = send("bitrix24-notify:notify?userId=5&portalUrl=" + sandbox().portalUrl() + "/rest/", "Hi");

        assertThat(exchange.getException()).isNull();
        assertThat(onlyCall("im.notify").userId()).isEqualTo(USER_ID);
    }

    @Test
    void aFileTokenStoreBindsFromAClassReferenceAsCamelMainDoesIt() {
        Path file = directory.resolve("tokens.json");
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);

        PropertyBindingSupport.build().bind(context, component, "tokenStore",
                "#class:" + FileTokenStore.class.getName() + "('" + file + "')");

        assertThat(component.getConfiguration().getTokenStore()).isInstanceOfSatisfying(FileTokenStore.class,
                store -> assertThat(store.file()).isEqualTo(file));
    }

    @Test
    void endpointsOfOneApplicationShareItsTokens() {
        Bitrix24NotifyEndpoint send = context.getEndpoint("bitrix24-notify:notify?userId=5", Bitrix24NotifyEndpoint.class);
        Bitrix24NotifyEndpoint read = context.getEndpoint("bitrix24-notify:readAll", Bitrix24NotifyEndpoint.class);
        sandbox().oauth().expireAccessTokens();

        assertThat(template.request(send, e -> e.getMessage().setBody("Hi")).getException()).isNull();
        // the other endpoint goes on with the renewed pair, rather than renewing with the refresh token just used up
        assertThat(template.request(read, e -> {
        }).getException()).isNull();
        assertThat(sandbox().oauth().refreshCount()).isEqualTo(1);
        assertThat(sandbox().oauth().refusedRefreshCount()).isZero();
    }

    private static String stackTraceOf(Throwable error) {
        java.io.StringWriter out = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
