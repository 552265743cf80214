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
package io.github.camelbitrix24.notify.examples;

import io.github.camelbitrix24.notify.model.Notification;
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
                "  #" + n.id() + " type=" + Notification.typeNameOf(n.notifyType()) + " author=" + n.authorId() + " text="
                                                                 + n.text()
                                                                 + (n.attach() != null ? " attach=" + n.attach() : "")));
    }
}
