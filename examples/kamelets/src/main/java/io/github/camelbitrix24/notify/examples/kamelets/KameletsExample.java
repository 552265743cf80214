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
package io.github.camelbitrix24.notify.examples.kamelets;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import org.apache.camel.main.Main;

/**
 * Runs {@code routes/bitrix24-kamelets.camel.yaml} with camel-main: the bitrix24-notify-sink and -source Kamelets bound
 * as the Camel K Pipes of {@code pipes/} bind them. Against the embedded sandbox portal by default, seeded with two
 * notifications for the source to find; against a real portal when the environment variable
 * {@code BITRIX24_WEBHOOK_URL} holds an incoming webhook (scope im).
 */
public final class KameletsExample {

    private KameletsExample() {
    }

    public static void main(String[] args) throws Exception {
        String webhookUrl = System.getenv("BITRIX24_WEBHOOK_URL");
        try (Bitrix24Sandbox sandbox = webhookUrl == null || webhookUrl.isBlank() ? Bitrix24Sandbox.start() : null) {
            if (sandbox != null) {
                sandbox.seed(1).fromUser(7).text("Please review the Q3 budget").create();
                sandbox.seed(1).system().text("Your password expires in 5 days").create();
            }
            Main main = new Main();
            String portal = sandbox != null ? sandbox.webhookUrl() : webhookUrl;
            // Kamelet configuration, as a Camel K Secret would provide it
            main.addInitialProperty("camel.kamelet.bitrix24-notify-sink.webhookUrl", portal);
            main.addInitialProperty("camel.kamelet.bitrix24-notify-source.webhookUrl", portal);
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
