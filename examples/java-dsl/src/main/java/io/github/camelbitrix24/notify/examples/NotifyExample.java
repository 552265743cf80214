package io.github.camelbitrix24.notify.examples;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import org.apache.camel.main.Main;

/**
 * Runs {@link NotifyRoutes} once. Against the embedded sandbox portal by default; against a real portal when the
 * environment variable {@code BITRIX24_WEBHOOK_URL} holds an incoming webhook (scope im).
 */
public final class NotifyExample {

    private NotifyExample() {
    }

    public static void main(String[] args) throws Exception {
        String webhookUrl = System.getenv("BITRIX24_WEBHOOK_URL");
        Bitrix24Sandbox sandbox = webhookUrl == null || webhookUrl.isBlank() ? Bitrix24Sandbox.start() : null;
        try {
            Main main = new Main();
            main.configure().addRoutesBuilder(new NotifyRoutes());
            main.addInitialProperty("camel.component.bitrix24-notify.webhookUrl",
                    sandbox != null ? sandbox.webhookUrl() : webhookUrl);
            // stop once the one timer exchange has gone through every step
            main.addInitialProperty("camel.main.durationMaxMessages", "1");
            main.addInitialProperty("camel.main.name", "bitrix24-notify-example");
            main.run(args);
            if (sandbox != null) {
                printWhatThePortalReceived(sandbox);
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private static void printWhatThePortalReceived(Bitrix24Sandbox sandbox) {
        System.out.println();
        System.out.println("The sandbox portal received " + sandbox.httpRequestCount() + " HTTP requests:");
        for (RecordedCall call : sandbox.calls()) {
            System.out.println((call.inBatch() ? "    (in batch) " : "  ") + call.method() + " " + call.params()
                               + (call.errorCode() != null ? " -> " + call.errorCode() : ""));
        }
        System.out.println("Notifications stored for user 1:");
        sandbox.notifications(1).forEach(n -> System.out.println(
                "  #" + n.id() + " type=" + n.notifyType() + " author=" + n.authorId() + " text=" + n.text()
                + (n.attach() != null ? " attach=" + n.attach() : "")));
    }
}
