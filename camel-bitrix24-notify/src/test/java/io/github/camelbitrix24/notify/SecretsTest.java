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
package io.github.camelbitrix24.notify;

import java.util.List;

import io.github.camelbitrix24.notify.support.CapturedLog;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The webhook's code is a password: it never shows in endpoint URIs, logs or exception messages. */
class SecretsTest extends SandboxTestSupport {

    private String code() {
        String url = sandbox().webhookUrl();
        String[] parts = url.split("/");
        return parts[parts.length - 1];
    }

    @Test
    void endpointWithTheWebhookInItsUriDoesNotShowTheCode() {
        String uri = "bitrix24-notify:notify?userId=5&webhookUrl=RAW(" + sandbox().webhookUrl() + ")";
        Endpoint endpoint = context.getEndpoint(uri);

        assertThat(endpoint.toString()).doesNotContain(code()).contains("xxxxxx");
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(code());
    }

    @Test
    void webhookSetOnTheComponentNeverShowsInAnyLogLineOfCamelOrTheComponent() throws Exception {
        String code = code();
        try (CapturedLog log = CapturedLog.open()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").routeId("send").to("bitrix24-notify:notify?userId=5");
                }
            });
            template.sendBody("direct:send", "Hello");
            context.getRouteController().stopRoute("send");

            // HttpClient's own DEBUG wire log prints request paths, which hold the code by Bitrix24's design (documented)
            List<CapturedLog.Line> lines
                    = log.lines().stream().filter(line -> !line.logger().startsWith("org.apache.hc.")).toList();
            assertThat(lines).anyMatch(line -> line.logger().startsWith("io.github.camelbitrix24"));
            assertThat(lines).noneMatch(line -> line.text().contains(code));
        }
    }

    @Test
    void webhookInTheEndpointUriNeverShowsAtInfoOrAboveNorInErrors() throws Exception {
        String code = code();
        try (CapturedLog log = CapturedLog.open()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:leak").routeId("leak")
                            .to("bitrix24-notify:notify?userId=5&webhookUrl=RAW(" + sandbox().webhookUrl() + ")");
                    from("direct:wrong").routeId("wrong")
                            .to("bitrix24-notify:notify?userId=5&webhookUrl=RAW(" + sandbox().portalUrl()
                                + "/rest/1/" + code + "nope/)");
                }
            });
            template.sendBody("direct:leak", "Hello");
            Exchange failed = template.request("direct:wrong", e -> e.getMessage().setBody("Hello"));
            assertThat(failed.getException()).isInstanceOf(Bitrix24NotifyException.class);
            assertThat(stackTraceOf(failed.getException())).doesNotContain(code);
            context.getRouteController().stopRoute("leak");
            context.getRouteController().stopRoute("wrong");

            List<CapturedLog.Line> lines = log.lines().stream()
                    .filter(line -> line.level().isMoreSpecificThan(Level.INFO)
                            || line.logger().startsWith("io.github.camelbitrix24"))
                    .toList();
            assertThat(lines).isNotEmpty();
            assertThat(lines).noneMatch(line -> line.text().contains(code));
        }
    }

    @Test
    void plainHttpToANonLoopbackHostIsRefusedWithoutShowingTheCode() {
        assertThatThrownBy(() -> context.getEndpoint(
                "bitrix24-notify:notify?webhookUrl=RAW(http://portal.example.com/rest/1/s3cr3tc0de/)"))
                .hasStackTraceContaining("must use https://")
                .satisfies(error -> assertThat(stackTraceOf(error)).doesNotContain("s3cr3tc0de"));
    }

    @Test
    void plainHttpToANameThatOnlyLooksLikeLoopbackIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint(
                "bitrix24-notify:notify?webhookUrl=RAW(http://127.attacker.example/rest/1/s3cr3tc0de/)"))
                .hasStackTraceContaining("must use https://")
                .satisfies(error -> assertThat(stackTraceOf(error)).doesNotContain("s3cr3tc0de"));
    }

    @Test
    void malformedWebhookIsRefusedWithoutShowingIt() {
        assertThatThrownBy(
                () -> context.getEndpoint("bitrix24-notify:notify?webhookUrl=RAW(https://portal.example.com/s3cr3t)"))
                .hasStackTraceContaining("does not look like an incoming webhook")
                .satisfies(error -> assertThat(stackTraceOf(error)).doesNotContain("s3cr3t"));
    }

    @Test
    void httpsAndLoopbackHttpAreAccepted() {
        assertThat(context.getEndpoint("bitrix24-notify:notify?webhookUrl=RAW(https://portal.example.com/rest/1/abc/)"))
                .isNotNull();
        assertThat(context.getEndpoint("bitrix24-notify:notify?webhookUrl=RAW(http://localhost:1/rest/1/abc)")).isNotNull();
        assertThat(context.getEndpoint("bitrix24-notify:notify?webhookUrl=RAW(http://127.0.0.2:1/sub/rest/7/abc)")).isNotNull();
    }

    private static String stackTraceOf(Throwable error) {
        java.io.StringWriter out = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
