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

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Bitrix24SandboxExtensionTest {

    @RegisterExtension
    static Bitrix24SandboxExtension portal = new Bitrix24SandboxExtension();

    private final Bitrix24Sandbox injectedIntoConstructor;

    Bitrix24SandboxExtensionTest(Bitrix24Sandbox sandbox) {
        this.injectedIntoConstructor = sandbox;
    }

    @Test
    void givesTheClassARunningPortal(Bitrix24Sandbox sandbox) {
        assertThat(sandbox).isSameAs(portal.sandbox()).isSameAs(injectedIntoConstructor);
        assertThat(new PortalHttpCaller(sandbox.webhookUrl()).json("im.notify.get", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void hasNoPortalOutsideATestClass() {
        assertThatThrownBy(() -> new Bitrix24SandboxExtension().sandbox())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RegisterExtension");
    }

    @Nested
    class NestedTests {

        @Test
        void shareTheEnclosingClassesPortal(Bitrix24Sandbox sandbox) {
            assertThat(sandbox).isSameAs(injectedIntoConstructor);
        }
    }
}
