package io.github.camelbitrix24.notify.examples.yaml;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import org.apache.camel.main.Main;

/**
 * Runs the YAML routes of {@code routes/*.camel.yaml} with camel-main, configured by {@code application.properties}.
 * Against the embedded sandbox portal by default; against a real portal when the environment variable
 * {@code BITRIX24_WEBHOOK_URL} holds an incoming webhook (scope im). The only Java in this example: it starts the
 * sandbox and hands its address to the routes.
 */
public final class YamlExample {

    private YamlExample() {
    }

    public static void main(String[] args) throws Exception {
        String webhookUrl = System.getenv("BITRIX24_WEBHOOK_URL");
        try (Bitrix24Sandbox sandbox = webhookUrl == null || webhookUrl.isBlank() ? Bitrix24Sandbox.start() : null) {
            Main main = new Main();
            main.addInitialProperty("bitrix24.webhookUrl", sandbox != null ? sandbox.webhookUrl() : webhookUrl);
            main.run(args);
            if (sandbox != null) {
                System.out.println();
                System.out.println("The sandbox portal received:");
                for (RecordedCall call : sandbox.calls()) {
                    System.out.println("  " + call.method() + " " + call.params());
                }
            }
        }
    }
}
