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

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Measures the component against the sandbox portal and prints each figure on its own line, {@code name value}:
 * <ul>
 * <li>(a) 10,000 notifications, one exchange each, through a seda route with 200 consumers, against a portal limited to
 * 20 requests/s with a bucket of 50 (the standard plan, ten times faster), the component configured the same with
 * batchSize 50: time against the ideal (ceil(N/50) - burst) / rate = 7.5 s, 503s, notifications stored,
 * duplicates;</li>
 * <li>(b) the same 10,000 as one list body;</li>
 * <li>(c) a naive camel-http route, one im.notify call per exchange with 20 in flight, against the same portal: its
 * rate and the notifications it lost;</li>
 * <li>(d) with limits and batching off, the component's calls per second against raw HttpClient 5 loops making the same
 * calls at the same concurrency, with 20, 100 and 200 calls in flight, after a warm-up, as the median of many short
 * rounds;</li>
 * <li>(e) the peak heap during (a);</li>
 * <li>(f) 1,000 and then 10,000 notifications waiting in the inbox, delivered by a {@code bitrix24-notify:get} route
 * with startFrom=ALL and the default options, against the same portal: the im.notify.get calls, the seconds until the
 * last exchange completed, and the peak heap meanwhile;</li>
 * <li>(g2) portals at their ceiling together: 1, 5 and 10 portals of one sandbox, each limited like (a) and sent 10,000
 * notifications at once through an endpoint on its own webhook URL: each portal's ratio to its ceiling on its own
 * clock, its 503s, and where the CPU went.</li>
 * </ul>
 * Arguments choose figures: {@code all} (the default), or any of {@code a b c d f g2} ((e) comes with (a)). The sandbox
 * runs in the same JVM, so the machine's cores serve both sides.
 */
public final class ThroughputBench {

    static final int NOTIFICATIONS = 10_000;
    static final double REQUESTS_PER_SECOND = 20;
    static final int BURST = 50;
    static final int CONSUMERS = 200;
    static final int NAIVE_NOTIFICATIONS = 500;
    static final int NAIVE_IN_FLIGHT = 20;
    /** Calls per side and round: half a second or so; many such rounds even out the load that comes and goes. */
    static final int OVERHEAD_CALLS = 10_000;
    /**
     * Few in flight, where each call's latency counts; many, where its CPU time does; as many as the consumers of (a).
     */
    static final int[] OVERHEAD_CONCURRENCY = { 20, 100, 200 };
    static final int OVERHEAD_ROUNDS = 31;
    /** How long both sides run in turns before (d) is measured, until the JIT has compiled both. */
    static final Duration OVERHEAD_WARM_UP = Duration.ofSeconds(30);
    /** Sends that load the classes and warm the JIT before a timed run, against an unlimited portal. */
    static final int WARM_UP = 3_000;
    /** The backlogs of (f): one that fits in the consumer's memory by default, and one ten times larger. */
    static final int[] BACKLOGS = { 1_000, 10_000 };
    /** How many portals (g2) sends to at once. */
    static final int[] PORTALS_TOGETHER = { 1, 5, 10 };

    private ThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> chosen
                = args.length == 0 || List.of(args).contains("all") ? Set.of("a", "b", "c", "d", "f", "g2") : Set.of(args);
        Figures figures = new Figures(System.out);
        figures.print("cores", Runtime.getRuntime().availableProcessors());
        figures.print("portal_latency_realistic", "none".equals(System.getProperty(PortalSetup.LATENCY_PROPERTY)) ? 0 : 1);
        if (chosen.contains("a")) {
            SeparateExchanges.run(WARM_UP, 0, 0, CONSUMERS);
            SendFigures separate;
            long peak;
            long max;
            try (HeapSampler heap = new HeapSampler()) {
                separate = SeparateExchanges.run(NOTIFICATIONS, REQUESTS_PER_SECOND, BURST, CONSUMERS);
                peak = heap.peakBytes();
                max = heap.maxBytes();
            }
            separate.print(figures, "a", REQUESTS_PER_SECOND, BURST);
            figures.print("e.peak_heap_used_mb", peak / (1024.0 * 1024));
            figures.print("e.heap_max_mb", max / (1024.0 * 1024));
        }
        if (chosen.contains("b")) {
            OneListBody.run(WARM_UP, 0, 0);
            OneListBody.run(NOTIFICATIONS, REQUESTS_PER_SECOND, BURST).print(figures, "b", REQUESTS_PER_SECOND, BURST);
        }
        if (chosen.contains("c")) {
            SendFigures naive = NaiveHttpRoute.run(NAIVE_NOTIFICATIONS, REQUESTS_PER_SECOND, BURST, NAIVE_IN_FLIGHT);
            figures.print("c.notifications", naive.notifications());
            figures.print("c.in_flight", NAIVE_IN_FLIGHT);
            figures.print("c.measured_seconds", naive.seconds());
            figures.print("c.exchanges_per_second", naive.notifications() / naive.seconds());
            figures.print("c.stored_per_second", (naive.stored() - naive.duplicates()) / naive.seconds());
            figures.print("c.query_limit_exceeded", naive.queryLimitExceeded());
            figures.print("c.lost", naive.lost());
            figures.print("c.lost_percent", 100.0 * naive.lost() / naive.notifications());
        }
        if (chosen.contains("d")) {
            for (int concurrency : OVERHEAD_CONCURRENCY) {
                ClientOverhead.run(OVERHEAD_CALLS, concurrency, OVERHEAD_ROUNDS, OVERHEAD_WARM_UP)
                        .print(figures, "d.in_flight_" + concurrency);
            }
            figures.print("d.rounds", OVERHEAD_ROUNDS);
            figures.print("d.calls_per_round", OVERHEAD_CALLS);
            figures.print("d.warm_up_seconds", OVERHEAD_WARM_UP.toSeconds());
        }
        if (chosen.contains("f")) {
            ConsumerBacklog.run(BACKLOGS[0], 0, 0, "");
            for (int waiting : BACKLOGS) {
                ConsumerBacklog.run(waiting, REQUESTS_PER_SECOND, BURST, "").print(figures, "f." + waiting);
            }
        }
        if (chosen.contains("g2")) {
            SeparateExchanges.run(WARM_UP, 0, 0, CONSUMERS);
            for (int portals : PORTALS_TOGETHER) {
                PortalsAtCeiling.run(figures, portals, false, NOTIFICATIONS, REQUESTS_PER_SECOND, BURST);
            }
            // portals of one sandbox share its origin, and so one request rate in the client
            PortalsAtCeiling.run(figures, 2, true, NOTIFICATIONS, REQUESTS_PER_SECOND, BURST);
        }
    }
}
