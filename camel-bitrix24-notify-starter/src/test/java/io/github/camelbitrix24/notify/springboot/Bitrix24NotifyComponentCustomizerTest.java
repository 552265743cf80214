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
package io.github.camelbitrix24.notify.springboot;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** How the auto-configuration applies the properties: bean references, their order, and the switches. */
class Bitrix24NotifyComponentCustomizerTest {

    private static final String WEBHOOK = "https://portal.example/rest/1/abc123/";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, Bitrix24NotifyComponentConverter.class,
                    Bitrix24NotifyComponentAutoConfiguration.class));

    @Test
    void singleSettingsRefineAConfigurationBean() {
        runner.withBean("portal", Bitrix24NotifyConfiguration.class, () -> {
            Bitrix24NotifyConfiguration portal = new Bitrix24NotifyConfiguration();
            portal.setWebhookUrl(WEBHOOK);
            portal.setConnectTimeout(3000);
            return portal;
        })
                .withPropertyValues("camel.component.bitrix24-notify.configuration=#bean:portal",
                        "camel.component.bitrix24-notify.client-id=app.from-properties")
                .run(context -> {
                    Bitrix24NotifyConfiguration applied = component(context.getBean(CamelContext.class)).getConfiguration();

                    assertThat(applied).isSameAs(context.getBean("portal"));
                    assertThat(applied.getWebhookUrl()).isEqualTo(WEBHOOK);
                    assertThat(applied.getConnectTimeout()).as("left unset in the properties, kept from the bean")
                            .isEqualTo(3000);
                    assertThat(applied.getClientId()).isEqualTo("app.from-properties");
                });
    }

    @Test
    void customizerSwitchedOffLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.bitrix24-notify.webhook-url=" + WEBHOOK,
                "camel.component.bitrix24-notify.customizer.enabled=false")
                .run(context -> assertThat(component(context.getBean(CamelContext.class)).getConfiguration().getWebhookUrl())
                        .isNull());
    }

    @Test
    void aPlainStringForAnObjectOptionIsRefusedAtStartUp() {
        runner.withPropertyValues("camel.component.bitrix24-notify.ssl-context-parameters=tls-settings")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("#bean:name"));
    }

    private static Bitrix24NotifyComponent component(CamelContext camelContext) {
        return camelContext.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
    }
}
