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
package io.github.camelbitrix24.notify.sandbox.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The JDK HTTP server on the loopback interface. Handlers run on a cached pool of daemon threads, so hundreds of
 * concurrent keep-alive clients are served at once.
 */
public final class LoopbackHttpServer implements AutoCloseable {

    /** IPv4 loopback explicitly: the portal URLs say 127.0.0.1 whatever the JVM prefers. */
    public static final String LOOPBACK = "127.0.0.1";
    /** Room for bursts of new connections, e.g. a client opening 200 at once. */
    private static final int CONNECTION_BACKLOG = 512;

    static {
        // The JDK server reads these once, when the first one starts; values the application set win.
        // It writes an answer's headers and body separately: with Nagle's algorithm on, the body waits for the
        // client's delayed ACK of the headers, 40 ms per answer.
        keepUnlessSet("sun.net.httpserver.nodelay", "true");
        // It closes keep-alive connections beyond 200 idle ones, racing clients that reuse them; a portal keeps
        // the connections of several pooled clients.
        keepUnlessSet("sun.net.httpserver.maxIdleConnections", "2000");
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    private static void keepUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * Serves the handlers on 127.0.0.1, each below its path (the longest matching path wins); port 0 picks a free port.
     */
    public static LoopbackHttpServer start(int port, Map<String, HttpHandler> handlersByPath) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(LOOPBACK, port), CONNECTION_BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
        }
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
        handlersByPath.forEach(server::createContext);
        server.setExecutor(executor);
        server.start();
        return new LoopbackHttpServer(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "bitrix24-sandbox-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
