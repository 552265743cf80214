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

import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox portal on its own: {@code java -jar camel-bitrix24-notify-sandbox.jar [--port N]}. Prints one line,
 * {@code Bitrix24 sandbox ready: <webhookUrl>}, and serves until the JVM is stopped.
 */
public final class Bitrix24SandboxMain {

    private static final String USAGE = "Usage: java -jar camel-bitrix24-notify-sandbox.jar [--port N]"
                                        + "  (N = 0, the default, picks a free port)";
    private static final int USAGE_ERROR = 2;

    private Bitrix24SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port;
        try {
            port = port(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(USAGE_ERROR);
            return;
        }
        Bitrix24Sandbox sandbox = Bitrix24Sandbox.start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "bitrix24-sandbox-shutdown"));
        System.out.println("Bitrix24 sandbox ready: " + sandbox.webhookUrl());
        System.out.flush();
        // serve until the JVM is stopped; the shutdown hook then closes the portal
        new CountDownLatch(1).await();
    }

    static int port(String[] args) {
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--port") && i + 1 < args.length) {
                port = parsePort(args[++i]);
            } else if (arg.startsWith("--port=")) {
                port = parsePort(arg.substring("--port=".length()));
            } else {
                throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        return port;
    }

    private static int parsePort(String text) {
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
}
