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

import java.time.OffsetDateTime;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import org.apache.camel.main.Main;

/**
 * Runs {@link InboxRoutes}. Against the embedded sandbox portal by default, seeded with a few unread notifications (one
 * asks to join a group), stopping once they are handled; against a real portal, until stopped, when the environment
 * variable {@code BITRIX24_WEBHOOK_URL} holds an incoming webhook (scope im).
 */
public final class InboxExample {

    private static final int SEEDED = 4;

    private InboxExample() {
    }

    public static void main(String[] args) throws Exception {
        String webhookUrl = System.getenv("BITRIX24_WEBHOOK_URL");
        Bitrix24Sandbox sandbox = webhookUrl == null || webhookUrl.isBlank() ? Bitrix24Sandbox.start() : null;
        try {
            Main main = new Main();
            main.configure().addRoutesBuilder(new InboxRoutes());
            if (sandbox != null) {
                seed(sandbox);
                main.addInitialProperty("camel.component.bitrix24-notify.webhookUrl", sandbox.webhookUrl());
                main.addInitialProperty("inbox.delay", "500");
                main.addInitialProperty("camel.main.durationMaxMessages", String.valueOf(SEEDED));
            } else {
                main.addInitialProperty("camel.component.bitrix24-notify.webhookUrl", webhookUrl);
            }
            main.addInitialProperty("camel.main.name", "bitrix24-notify-inbox");
            main.run(args);
            if (sandbox != null) {
                System.out.println();
                System.out.println("Calls the sandbox portal received:");
                sandbox.calls().forEach(call -> System.out.println("  " + call.method() + " " + call.params()));
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private static void seed(Bitrix24Sandbox sandbox) {
        OffsetDateTime now = OffsetDateTime.now();
        sandbox.seed(1).fromUser(7).text("Can you review PR #42?").date(now.minusMinutes(30)).create();
        sandbox.seed(1).system().module("main").event("backup").text("Nightly backup finished").date(now.minusMinutes(20))
                .create();
        sandbox.seed(1).confirm().fromUser(3).text("Join the group 'Release 2.4'?")
                .button("Accept", "Y").button("Decline", "N").date(now.minusMinutes(10)).create();
        sandbox.seed(1).fromUser(7).text("Thanks!").date(now.minusMinutes(5)).create();
    }
}
