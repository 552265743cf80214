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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.config.InMemoryTokenStore;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.support.CapturedLog;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access token, the refresh token (old and renewed ones) and the client secret never show in a log line, an
 * exception or an endpoint's string.
 */
class OAuthSecretsTest extends OAuthTestSupport {

    /** HttpClient's wire log prints every byte sent, request bodies with their tokens included (documented). */
    private static final String WIRE_LOG = "org.apache.hc.client5.http.wire";

    private final InMemoryTokenStore store = new InMemoryTokenStore();

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setTokenStore(store);
    }

    @Test
    void noSecretInAnyLogLineOrErrorThroughCallsRenewalsAndARefusedRenewal() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(CLIENT_SECRET, tokens().accessToken(), tokens().refreshToken()));
        List<Throwable> errors = new ArrayList<>();
        try (CapturedLog log = CapturedLog.open()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").routeId("send").to("bitrix24-notify:notify?userId=5");
                    from("direct:batch").routeId("batch").to("bitrix24-notify:notify?userId=6");
                }
            });
            template.sendBody("direct:send", "Before the expiry");
            sandbox().oauth().expireAccessTokens();
            template.sendBody("direct:send", "Renews the pair");
            template.sendBody("direct:batch", List.of("One", "Two"));
            OAuthTokens renewed = store.load().orElseThrow();
            secrets.add(renewed.accessToken());
            secrets.add(renewed.refreshToken());

            useUpRefreshToken(renewed.refreshToken());
            sandbox().oauth().expireAccessTokens();
            Exchange refused = template.request("direct:send", e -> e.getMessage().setBody("Refused"));
            errors.add(refused.getException());
            context.getRouteController().stopRoute("send");
            context.getRouteController().stopRoute("batch");

            // the component's renewal, and the one behind its back
            assertThat(sandbox().oauth().refreshCount()).isEqualTo(2);
            assertThat(sandbox().oauth().refusedRefreshCount()).isEqualTo(1);
            assertThat(errors).singleElement().isInstanceOf(Bitrix24NotifyException.class);
            List<CapturedLog.Line> lines = log.lines().stream().filter(line -> !line.logger().equals(WIRE_LOG)).toList();
            assertThat(lines).anyMatch(line -> line.logger().startsWith("io.github.camelbitrix24")
                    && line.text().contains("renewing it"));
            assertThat(lines).anyMatch(line -> line.logger().startsWith("org.apache.hc."));
            for (String secret : secrets) {
                assertThat(lines).as("log lines").noneMatch(line -> line.text().contains(secret));
                assertThat(stackTraceOf(errors.get(0))).doesNotContain(secret);
            }
        }
    }

    @Test
    void tokensAndSecretInTheEndpointUriAreMaskedInItsStringAndInTheInfoLog() throws Exception {
        List<String> secrets = List.of(CLIENT_SECRET, tokens().accessToken(), tokens().refreshToken());
        String uri = "bitrix24-notify:notify?userId=5&portalUrl=" + sandbox().portalUrl() + "&clientId=" + CLIENT_ID
                     + "&clientSecret=RAW(" + CLIENT_SECRET + ")&accessToken=RAW(" + tokens().accessToken()
                     + ")&refreshToken=RAW(" + tokens().refreshToken() + ")";
        try (CapturedLog log = CapturedLog.open()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:uri").routeId("uri").to(uri);
                }
            });
            template.sendBody("direct:uri", "Hello");
            context.getRouteController().stopRoute("uri");

            Endpoint endpoint = context.getEndpoint(uri);
            assertThat(endpoint.toString()).contains(CLIENT_ID).contains(sandbox().portalUrl());
            // Camel's own TRACE lines quote endpoint URIs as written: secrets belong on the component, not in URIs
            List<CapturedLog.Line> lines = log.lines().stream()
                    .filter(line -> line.level().isMoreSpecificThan(Level.INFO)
                            || line.logger().startsWith("io.github.camelbitrix24"))
                    .toList();
            assertThat(lines).anyMatch(line -> line.logger().startsWith("io.github.camelbitrix24"));
            for (String secret : secrets) {
                assertThat(endpoint.toString()).doesNotContain(secret);
                assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(secret);
                assertThat(lines).noneMatch(line -> line.text().contains(secret));
            }
        }
    }

    private static String stackTraceOf(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
