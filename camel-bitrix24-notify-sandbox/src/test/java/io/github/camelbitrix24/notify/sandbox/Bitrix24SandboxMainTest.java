package io.github.camelbitrix24.notify.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Bitrix24SandboxMainTest {

    @Test
    void takesThePortFromTheArguments() {
        assertThat(Bitrix24SandboxMain.port(new String[0])).isZero();
        assertThat(Bitrix24SandboxMain.port(new String[] {"--port", "8099"})).isEqualTo(8099);
        assertThat(Bitrix24SandboxMain.port(new String[] {"--port=8100"})).isEqualTo(8100);
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> Bitrix24SandboxMain.port(new String[] {"--verbose"}))
                .hasMessage("Unknown argument: --verbose");
        assertThatThrownBy(() -> Bitrix24SandboxMain.port(new String[] {"--port", "http"}))
                .hasMessage("The port must be a number, not http");
        assertThatThrownBy(() -> Bitrix24SandboxMain.port(new String[] {"--port", "70000"}))
                .hasMessage("The port must be between 0 and 65535, not 70000");
    }
}
