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
package io.github.camelbitrix24.notify.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox portal on its own, for a client in any language:
 * {@code java -jar camel-bitrix24-notify-sandbox.jar [--port N] [--webhook USER_ID/CODE] [--oauth-app ID:SECRET]
 * [--oauth-user USER_ID] [--help]} (see {@link SandboxOptions#USAGE}). Prints its webhooks and the authorization codes
 * of its OAuth applications, then one line, {@code Bitrix24 sandbox ready: <webhookUrl>}, and serves until the JVM is
 * stopped. {@code --help} prints the usage and exits 0; a bad command line prints why and the usage to standard error
 * and exits 2.
 */
public final class Bitrix24SandboxMain {

    /** How long a printed authorization code may wait for its exchange: a program may start long after the portal. */
    static final Duration PRINTED_CODE_LIFETIME = Duration.ofHours(1);

    private static final int USAGE_ERROR = 2;

    private Bitrix24SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.print(SandboxOptions.USAGE);
            System.exit(USAGE_ERROR);
            return;
        }
        if (options.help()) {
            System.out.print(SandboxOptions.USAGE);
            System.out.flush();
            return;
        }
        Bitrix24Sandbox sandbox = Bitrix24Sandbox.start(options.port());
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "bitrix24-sandbox-shutdown"));
        announce(prepare(sandbox, options), System.out);
        // serve until the JVM is stopped; the shutdown hook then closes the portal
        new CountDownLatch(1).await();
    }

    /** Fixes the webhooks and registers the applications; returns the lines that tell a user how to call the portal. */
    static List<String> prepare(Bitrix24Sandbox sandbox, SandboxOptions options) {
        List<String> lines = new ArrayList<>();
        List<String> webhookUrls = new ArrayList<>();
        for (SandboxOptions.FixedWebhook webhook : options.webhooks()) {
            webhookUrls.add(sandbox.fixWebhook(webhook.userId(), webhook.code()));
            lines.add("Webhook of user " + webhook.userId() + ": " + webhookUrls.get(webhookUrls.size() - 1));
        }
        if (webhookUrls.isEmpty()) {
            webhookUrls.add(sandbox.webhookUrl());
            lines.add("Webhook of user " + Bitrix24Sandbox.DEFAULT_USER_ID + ": " + sandbox.webhookUrl());
        }
        if (!options.oauthApps().isEmpty()) {
            lines.add("OAuth token endpoint: " + sandbox.oauthUrl() + "  REST root: " + sandbox.portalUrl() + "/rest/");
        }
        for (SandboxOptions.OAuthApp app : options.oauthApps()) {
            sandbox.oauth().registerApp(app.clientId(), app.clientSecret());
            String code = sandbox.oauth().issueAuthorizationCode(app.clientId(), options.oauthUser(), PRINTED_CODE_LIFETIME);
            lines.add("OAuth application " + app.clientId() + ": authorization code " + code + " (acts as user "
                      + options.oauthUser() + "; exchange it once, within an hour, at the token endpoint)");
        }
        lines.add("Bitrix24 sandbox ready: " + webhookUrls.get(0));
        return lines;
    }

    private static void announce(List<String> lines, PrintStream out) {
        lines.forEach(out::println);
        out.flush();
    }
}
