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

class Bitrix24SandboxMainTest {

    @Test
    void takesThePortFromTheArguments() {
        assertThat(Bitrix24SandboxMain.port(new String[0])).isZero();
        assertThat(Bitrix24SandboxMain.port(new String[] { "--port", "8099" })).isEqualTo(8099);
        assertThat(Bitrix24SandboxMain.port(new String[] { "--port=8100" })).isEqualTo(8100);
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> Bitrix24SandboxMain.port(new String[] { "--verbose" }))
                .hasMessage("Unknown argument: --verbose");
        assertThatThrownBy(() -> Bitrix24SandboxMain.port(new String[] { "--port", "http" }))
                .hasMessage("The port must be a number, not http");
        assertThatThrownBy(() -> Bitrix24SandboxMain.port(new String[] { "--port", "70000" }))
                .hasMessage("The port must be between 0 and 65535, not 70000");
    }
}
