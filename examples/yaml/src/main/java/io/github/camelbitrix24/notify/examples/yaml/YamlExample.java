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
