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
package io.github.camelbitrix24.notify.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The standalone sandbox's command line, parsed. */
class SandboxOptionsTest {

    @Test
    void takesThePortFromTheArguments() {
        assertThat(SandboxOptions.parse().port()).isZero();
        assertThat(SandboxOptions.parse("--port", "8099").port()).isEqualTo(8099);
        assertThat(SandboxOptions.parse("--port=8100").port()).isEqualTo(8100);
    }

    @Test
    void takesRepeatedWebhooksAndApplications() {
        SandboxOptions options = SandboxOptions.parse("--webhook", "1/abc", "--webhook=5/x_Y-9", "--oauth-app",
                "local.app:s3cr:et", "--oauth-user=7");

        assertThat(options.webhooks()).containsExactly(new SandboxOptions.FixedWebhook(1, "abc"),
                new SandboxOptions.FixedWebhook(5, "x_Y-9"));
        assertThat(options.oauthApps()).containsExactly(new SandboxOptions.OAuthApp("local.app", "s3cr:et"));
        assertThat(options.oauthApps().get(0)).hasToString("OAuthApp[local.app]");
        assertThat(options.oauthUser()).isEqualTo(7);
        assertThat(options.help()).isFalse();
        assertThat(SandboxOptions.parse("--port", "1", "--help").help()).isTrue();
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> SandboxOptions.parse("--verbose"))
                .hasMessage("Unknown option: --verbose");
        assertThatThrownBy(() -> SandboxOptions.parse("--port", "http"))
                .hasMessage("The port must be a number, not http");
        assertThatThrownBy(() -> SandboxOptions.parse("--port", "70000"))
                .hasMessage("The port must be between 0 and 65535, not 70000");
        assertThatThrownBy(() -> SandboxOptions.parse("--port"))
                .hasMessage("--port needs a value");
        assertThatThrownBy(() -> SandboxOptions.parse("--webhook", "0/abc"))
                .hasMessageStartingWith("--webhook takes USER_ID/CODE");
        assertThatThrownBy(() -> SandboxOptions.parse("--webhook", "1/a/b"))
                .hasMessageStartingWith("--webhook takes USER_ID/CODE");
        assertThatThrownBy(() -> SandboxOptions.parse("--oauth-user", "-3"))
                .hasMessage("--oauth-user takes a user id > 0, not -3");
    }

    @Test
    void neverEchoesAnApplicationSecret() {
        assertThatThrownBy(() -> SandboxOptions.parse("--oauth-app", "local.app:"))
                .hasMessage("--oauth-app takes CLIENT_ID:CLIENT_SECRET, neither empty");
        assertThatThrownBy(() -> SandboxOptions.parse("--oauth-app", ":only-the-secret"))
                .hasMessage("--oauth-app takes CLIENT_ID:CLIENT_SECRET, neither empty");
    }
}
