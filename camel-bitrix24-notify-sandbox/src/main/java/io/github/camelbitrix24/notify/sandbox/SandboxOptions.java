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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelbitrix24.notify.sandbox.http.WebhookRegistry;

/** The standalone sandbox's command line, parsed; a bad one is refused with a message that says why. */
final class SandboxOptions {

    static final String USAGE = """
            Usage: java -jar camel-bitrix24-notify-sandbox.jar [options]
            Serves an in-memory Bitrix24 portal on 127.0.0.1 that speaks the REST protocol of im.notify.* and batch.

              --port N              the port; 0, the default, picks a free one
              --webhook USER_ID/CODE
                                    makes CODE the incoming webhook of that user: the portal answers at
                                    http://127.0.0.1:<port>/rest/USER_ID/CODE/<method>. CODE: letters, digits, '_'
                                    or '-'. Repeatable. Without it, user 1 gets a random code
              --oauth-app CLIENT_ID:CLIENT_SECRET
                                    registers an OAuth application and prints an authorization code for it, to be
                                    exchanged once, within an hour, at http://127.0.0.1:<port>/oauth/token/
                                    (grant_type=authorization_code, client_id, client_secret, code); the access token
                                    then calls http://127.0.0.1:<port>/rest/<method> with auth=<token>. Repeatable
              --oauth-user USER_ID  the user the authorization codes act as; 1 by default
              --help                prints this and exits

            A value follows its option after a space or an '=' (--port=8081). The sandbox prints its webhooks and
            authorization codes, then "Bitrix24 sandbox ready: <webhook URL>", and serves until it is stopped.
            """;

    private static final Pattern WEBHOOK = Pattern.compile("([1-9]\\d{0,17})/(" + WebhookRegistry.CODE_PATTERN + ")");
    private static final Pattern USER_ID = Pattern.compile("[1-9]\\d{0,17}");

    private final List<FixedWebhook> webhooks = new ArrayList<>();
    private final List<OAuthApp> oauthApps = new ArrayList<>();
    private int port;
    private long oauthUser = Bitrix24Sandbox.DEFAULT_USER_ID;
    private boolean help;

    private SandboxOptions() {
    }

    /** The options; an {@link IllegalArgumentException} names the first one that is unknown or malformed. */
    static SandboxOptions parse(String... args) {
        SandboxOptions options = new SandboxOptions();
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.poll();
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            switch (name) {
                case "--help", "-h" -> options.help = true;
                case "--port" -> options.port = port(value(arg, name, rest));
                case "--webhook" -> options.webhooks.add(webhook(value(arg, name, rest)));
                case "--oauth-app" -> options.oauthApps.add(oauthApp(value(arg, name, rest)));
                case "--oauth-user" -> options.oauthUser = userId(value(arg, name, rest));
                default -> throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        return options;
    }

    boolean help() {
        return help;
    }

    int port() {
        return port;
    }

    /** The webhooks fixed with {@code --webhook}, in the order given. */
    List<FixedWebhook> webhooks() {
        return List.copyOf(webhooks);
    }

    List<OAuthApp> oauthApps() {
        return List.copyOf(oauthApps);
    }

    long oauthUser() {
        return oauthUser;
    }

    /** The value after {@code =} in the argument, else the next argument. */
    private static String value(String arg, String name, Deque<String> rest) {
        if (arg.length() > name.length()) {
            return arg.substring(name.length() + 1);
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return rest.poll();
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("The port must be between 0 and 65535, not " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The port must be a number, not " + text, e);
        }
    }

    private static FixedWebhook webhook(String text) {
        Matcher matcher = WEBHOOK.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "--webhook takes USER_ID/CODE (a user id > 0, a code of letters, digits, '_' or '-'), not " + text);
        }
        return new FixedWebhook(Long.parseLong(matcher.group(1)), matcher.group(2));
    }

    private static OAuthApp oauthApp(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            // the text holds the secret: never echo it
            throw new IllegalArgumentException("--oauth-app takes CLIENT_ID:CLIENT_SECRET, neither empty");
        }
        return new OAuthApp(text.substring(0, colon), text.substring(colon + 1));
    }

    private static long userId(String text) {
        if (!USER_ID.matcher(text).matches()) {
            throw new IllegalArgumentException("--oauth-user takes a user id > 0, not " + text);
        }
        return Long.parseLong(text);
    }

    /** A webhook given on the command line. */
    record FixedWebhook(long userId, String code) {
    }

    /** An application given on the command line. */
    record OAuthApp(String clientId, String clientSecret) {

        @Override
        public String toString() {
            // the secret stays out of any message
            return "OAuthApp[" + clientId + "]";
        }
    }
}
