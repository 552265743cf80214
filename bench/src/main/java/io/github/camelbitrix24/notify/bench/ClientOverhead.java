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
package io.github.camelbitrix24.notify.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.DoubleStream;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.util.TimeValue;

/**
 * Figure (d): what the component costs over the bare HTTP calls. With limits and batching off, asynchronous loops give
 * the endpoint's producer one exchange after the other, a fixed number in flight; raw HttpClient 5 loops make the same
 * im.notify calls at the same concurrency against the same portal.
 * <p>
 * Both sides first run in turns for a while: the JIT keeps compiling for tens of seconds (the rates of both sides still
 * double after the first 10,000 calls), and the side with more code would otherwise be measured half compiled. Then
 * many short rounds run both sides back to back and compare them; the median of the rounds is reported, with the lowest
 * and highest, so that load from elsewhere on a shared machine, which comes and goes, weighs on neither side more.
 */
final class ClientOverhead {

    /** One side of a round: its calls per second, and the im.notify calls the portal received from it. */
    record Side(double callsPerSecond, int callsReceived) {
    }

    /** Both sides, run back to back against the same portal. */
    record Round(Side producer, Side raw) {

        double ratio() {
            return producer.callsPerSecond() / raw.callsPerSecond();
        }
    }

    /** The rounds, and what is printed of them: medians over the rounds, and the lowest and highest ratio. */
    record Rates(List<Round> rounds) {

        double producer() {
            return median(rounds.stream().mapToDouble(round -> round.producer().callsPerSecond()));
        }

        double raw() {
            return median(rounds.stream().mapToDouble(round -> round.raw().callsPerSecond()));
        }

        double ratio() {
            return median(ratios());
        }

        double lowestRatio() {
            return ratios().min().orElseThrow();
        }

        double highestRatio() {
            return ratios().max().orElseThrow();
        }

        void print(Figures figures, String prefix) {
            figures.print(prefix + ".producer_calls_per_second", producer());
            figures.print(prefix + ".raw_calls_per_second", raw());
            figures.print(prefix + ".ratio", ratio());
            figures.print(prefix + ".ratio_lowest_round", lowestRatio());
            figures.print(prefix + ".ratio_highest_round", highestRatio());
        }

        private DoubleStream ratios() {
            return rounds.stream().mapToDouble(Round::ratio);
        }

        private static double median(DoubleStream values) {
            double[] sorted = values.sorted().toArray();
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    private ClientOverhead() {
    }

    static Rates run(int calls, int concurrency, int rounds, Duration warmUp) throws Exception {
        try (PortalSetup portal = PortalSetup.start(0, 0, settings -> {
        });
             CloseableHttpAsyncClient http = rawClient()) {
            Bitrix24Sandbox sandbox = portal.sandbox();
            Endpoint endpoint = portal.camel().getEndpoint("bitrix24-notify:notify?userId=" + PortalSetup.RECIPIENT);
            AsyncProducer producer = endpoint.createAsyncProducer();
            producer.start();
            try {
                URI imNotify = URI.create(sandbox.webhookUrl() + "im.notify");
                Callable<Double> producerLoops = () -> throughProducer(endpoint, producer, calls, concurrency);
                Callable<Double> rawLoops = () -> raw(http, imNotify, calls, concurrency);
                long warmUpEnd = System.nanoTime() + warmUp.toNanos();
                while (System.nanoTime() < warmUpEnd) {
                    measure(sandbox, producerLoops);
                    measure(sandbox, rawLoops);
                }
                List<Round> measured = new ArrayList<>(rounds);
                for (int round = 0; round < rounds; round++) {
                    // each round runs both sides back to back, in turns first, and compares them with each other
                    boolean rawFirst = round % 2 == 0;
                    Side raw = rawFirst ? measure(sandbox, rawLoops) : null;
                    Side viaProducer = measure(sandbox, producerLoops);
                    requireAllStored(sandbox, calls);
                    if (!rawFirst) {
                        raw = measure(sandbox, rawLoops);
                    }
                    measured.add(new Round(viaProducer, raw));
                }
                return new Rates(List.copyOf(measured));
            } finally {
                producer.stop();
            }
        }
    }

    /** Runs one side against an emptied portal. */
    private static Side measure(Bitrix24Sandbox sandbox, Callable<Double> side) throws Exception {
        sandbox.reset();
        double callsPerSecond = side.call();
        return new Side(callsPerSecond, sandbox.calls("im.notify").size());
    }

    /** Calls per second of {@code concurrency} loops, each giving the producer its next exchange when one is done. */
    private static double throughProducer(Endpoint endpoint, AsyncProducer producer, int calls, int concurrency)
            throws InterruptedException {
        AtomicInteger remaining = new AtomicInteger(calls);
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            new ProducerLoop(endpoint, producer, remaining, failures, done).next();
        }
        return rate(calls, start, done, failures);
    }

    /** Calls per second of {@code concurrency} asynchronous loops, each posting the next call when one answers. */
    private static double raw(CloseableHttpAsyncClient http, URI imNotify, int calls, int concurrency)
            throws InterruptedException {
        byte[] body = ("{\"USER_ID\":" + PortalSetup.RECIPIENT + ",\"MESSAGE\":\"Overhead\"}").getBytes(StandardCharsets.UTF_8);
        AtomicInteger remaining = new AtomicInteger(calls);
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            new RawLoop(http, imNotify, body, remaining, failures, done).next();
        }
        return rate(calls, start, done, failures);
    }

    private static double rate(int calls, long start, CountDownLatch done, AtomicInteger failures)
            throws InterruptedException {
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The loops did not complete within 10 minutes");
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " calls failed");
        }
        return calls / ((System.nanoTime() - start) / 1e9);
    }

    private static void requireAllStored(Bitrix24Sandbox sandbox, int calls) {
        int stored = sandbox.notifications(PortalSetup.RECIPIENT).size();
        if (stored != calls) {
            throw new IllegalStateException("The portal stored " + stored + " of " + calls + " notifications");
        }
    }

    /** Pooled like the component's transport, so that both sides keep and check their connections alike. */
    private static CloseableHttpAsyncClient rawClient() {
        CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(200).setMaxConnPerRoute(200)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setValidateAfterInactivity(TimeValue.ofSeconds(1)).build())
                        .build())
                .disableAutomaticRetries()
                .evictIdleConnections(TimeValue.ofSeconds(20))
                .build();
        client.start();
        return client;
    }

    /** One loop through the producer: each completed exchange sends the next, until none remain. */
    private record ProducerLoop(Endpoint endpoint, AsyncProducer producer, AtomicInteger remaining,
            AtomicInteger failures, CountDownLatch done) {

        void next() {
            if (remaining.getAndDecrement() <= 0) {
                done.countDown();
                return;
            }
            Exchange exchange = endpoint.createExchange();
            exchange.getMessage().setBody("Overhead");
            producer.process(exchange, doneSync -> {
                if (exchange.getException() != null) {
                    failures.incrementAndGet();
                }
                next();
            });
        }
    }

    /** One asynchronous loop: each answer sends the next call, until none remain. */
    private record RawLoop(CloseableHttpAsyncClient http, URI uri, byte[] body, AtomicInteger remaining,
            AtomicInteger failures, CountDownLatch done) implements FutureCallback<SimpleHttpResponse> {

        void next() {
            if (remaining.getAndDecrement() <= 0) {
                done.countDown();
                return;
            }
            send();
        }

        private void send() {
            // the request the component sends: the same JSON, the same headers
            SimpleHttpRequest request = SimpleRequestBuilder.post(uri).setBody(body, ContentType.APPLICATION_JSON)
                    .addHeader("Accept", "application/json").build();
            http.execute(request, this);
        }

        @Override
        public void completed(SimpleHttpResponse response) {
            if (response.getCode() != 200) {
                failures.incrementAndGet();
            }
            next();
        }

        @Override
        public void failed(Exception cause) {
            if (cause instanceof RequestNotExecutedException) {
                // a pooled connection the server had closed: not sent, so sent again, as the component does
                send();
                return;
            }
            failures.incrementAndGet();
            next();
        }

        @Override
        public void cancelled() {
            failures.incrementAndGet();
            next();
        }
    }
}
