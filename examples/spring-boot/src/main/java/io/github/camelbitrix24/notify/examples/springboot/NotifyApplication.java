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
package io.github.camelbitrix24.notify.examples.springboot;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Sends build alerts ({@link AlertRoutes}), reacts to new notifications ({@link NotificationReactions}), then prints
 * what the component counted, as its dev console and the actuator at http://localhost:8080/actuator show it
 * ({@link FiguresReport}). The portal is {@code camel.component.bitrix24-notify.webhook-url} in application.yaml: the
 * environment variable {@code BITRIX24_WEBHOOK_URL}, or an embedded sandbox portal started here when it is not set.
 */
@SpringBootApplication
public class NotifyApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(NotifyApplication.class);
        String webhookUrl = System.getenv("BITRIX24_WEBHOOK_URL");
        if (webhookUrl == null || webhookUrl.isBlank()) {
            EmbeddedSandbox sandbox = EmbeddedSandbox.start();
            // default properties: the lowest precedence, so any other source of BITRIX24_WEBHOOK_URL wins
            application.setDefaultProperties(Map.of("BITRIX24_WEBHOOK_URL", sandbox.webhookUrl()));
            application.addInitializers(context -> context.getBeanFactory().registerSingleton("embeddedSandbox", sandbox));
        }
        application.run(args);
    }
}
