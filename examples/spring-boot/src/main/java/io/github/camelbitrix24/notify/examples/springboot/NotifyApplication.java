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
