package io.github.camelbitrix24.notify.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
