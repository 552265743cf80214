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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.ResponseLatency;
import io.github.camelbitrix24.notify.sandbox.SandboxPortal;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Figure (g2), portals at their ceiling together: N portals, each limited like (a) (20 requests/s, a bucket of 50,
 * realistic latency), each sent 10,000 notifications at once as separate exchanges through a seda route of its own and
 * an endpoint on its own webhook URL. Per portal: the ratio of the ideal 7.5 s to the span of arrivals on the portal's
 * clock, and its 503s; for the run, the process CPU time and how the threads shared it, grouped by name.
 * <p>
 * With {@code sharedOrigin}, the portals are portals of one sandbox ({@code sandbox.portals().add(name)}): one host and
 * port, told apart by the path. The client keeps its request rate per origin (scheme, host and port, as real portals
 * are told apart), so these portals share one bucket in the client. Without it, each portal is a sandbox of its own, on
 * a port of its own, in the same JVM.
 */
final class PortalsAtCeiling {

    private static final int CONSUMERS_PER_PORTAL = 200;
    private static final int CPU_GROUPS_PRINTED = 6;

    private PortalsAtCeiling() {
    }

    static void run(
            Figures figures, int portals, boolean sharedOrigin, int notifications, double requestsPerSecond,
            int burst)
            throws Exception {
        String prefix = "g2." + (sharedOrigin ? "one_sandbox_" : "") + "portals_" + portals;
        List<Bitrix24Sandbox> sandboxes = new ArrayList<>();
        try {
            CamelContext camel = new DefaultCamelContext();
            camel.addComponent("bitrix24-notify", new Bitrix24NotifyComponent());
            List<SandboxPortal> limited = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(portals * notifications);
            AtomicInteger failed = new AtomicInteger();
            for (int i = 0; i < portals; i++) {
                if (sandboxes.isEmpty() || !sharedOrigin) {
                    sandboxes.add(Bitrix24Sandbox.start());
                }
                SandboxPortal portal = sharedOrigin
                        ? sandboxes.get(0).portals().add("ceiling-" + i) : sandboxes.get(i).portals().defaultPortal();
                portal.limits().latency(ResponseLatency.REALISTIC).requestRate(requestsPerSecond, burst);
                limited.add(portal);
                String endpoint = "bitrix24-notify:notify?userId=" + PortalSetup.RECIPIENT + "&batchSize=50"
                                  + "&requestsPerSecond=" + requestsPerSecond + "&burst=" + burst
                                  + "&webhookUrl=RAW(" + portal.webhookUrl() + ")";
                String queue = "seda:portal" + i + "?concurrentConsumers=" + CONSUMERS_PER_PORTAL + "&size="
                               + notifications;
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(queue).onException(Exception.class).handled(true)
                                .process(exchange -> {
                                    failed.incrementAndGet();
                                    done.countDown();
                                })
                                .end()
                                .to(endpoint)
                                .process(exchange -> done.countDown());
                    }
                });
            }
            camel.start();
            Thread.sleep(1100);
            ProducerTemplate template = camel.createProducerTemplate();
            CpuShare cpu = CpuShare.start();
            for (int n = 0; n < notifications; n++) {
                for (int i = 0; i < portals; i++) {
                    template.sendBody("seda:portal" + i, "Portal " + i + " notification " + n);
                }
            }
            if (!done.await(15, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The exchanges did not complete within 15 minutes");
            }
            cpu.print(figures, prefix);
            double ideal = SendFigures.idealSeconds(notifications, requestsPerSecond, burst);
            double lowest = Double.MAX_VALUE;
            int refused = 0;
            int lost = 0;
            for (int i = 0; i < portals; i++) {
                SandboxPortal portal = limited.get(i);
                double seconds = portal.arrivalSpan().toNanos() / 1e9;
                double ratio = ideal / seconds;
                int overflows = portal.answeredErrors("QUERY_LIMIT_EXCEEDED");
                int stored = portal.notifications(PortalSetup.RECIPIENT).size();
                figures.print(prefix + ".portal_" + i + ".ratio_to_ceiling", ratio);
                figures.print(prefix + ".portal_" + i + ".portal_seconds", seconds);
                figures.print(prefix + ".portal_" + i + ".query_limit_exceeded", overflows);
                figures.print(prefix + ".portal_" + i + ".http_requests", portal.httpRequestCount());
                lowest = Math.min(lowest, ratio);
                refused += overflows;
                lost += Math.max(0, notifications - stored);
            }
            figures.print(prefix + ".lowest_ratio_to_ceiling", lowest);
            figures.print(prefix + ".query_limit_exceeded", refused);
            figures.print(prefix + ".lost", lost);
            figures.print(prefix + ".failed_exchanges", failed.get());
            figures.print(prefix + ".load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            camel.stop();
        } finally {
            sandboxes.forEach(Bitrix24Sandbox::close);
        }
    }

    /** The CPU time the process and each group of threads (their names without digits) used from the start on. */
    private static final class CpuShare {

        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final long processStart;
        private final long wallStart;
        private final Map<Long, Long> threadStart = new HashMap<>();

        private CpuShare() {
            processStart = processCpuNanos();
            wallStart = System.nanoTime();
            for (long id : threads.getAllThreadIds()) {
                threadStart.put(id, Math.max(0, threads.getThreadCpuTime(id)));
            }
        }

        static CpuShare start() {
            return new CpuShare();
        }

        void print(Figures figures, String prefix) {
            double wall = (System.nanoTime() - wallStart) / 1e9;
            double process = (processCpuNanos() - processStart) / 1e9;
            figures.print(prefix + ".wall_seconds", wall);
            figures.print(prefix + ".process_cpu_seconds", process);
            figures.print(prefix + ".process_cores_busy", process / wall);
            Map<String, Long> groups = new TreeMap<>();
            for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long used = threads.getThreadCpuTime(info.getThreadId())
                            - threadStart.getOrDefault(info.getThreadId(), 0L);
                groups.merge(group(info.getThreadName()), Math.max(0, used), Long::sum);
            }
            groups.entrySet().stream()
                    .sorted(Map.Entry.<String, Long> comparingByValue().reversed())
                    .limit(CPU_GROUPS_PRINTED)
                    .forEach(entry -> figures.print(prefix + ".cpu_seconds." + entry.getKey(), entry.getValue() / 1e9));
        }

        /** A thread's group: its name without numbers, spaces as underscores. */
        private static String group(String name) {
            String group = name.replaceAll("[0-9]+", "").replaceAll("[^A-Za-z:/._-]+", "_").replaceAll("_+", "_");
            return group.isEmpty() ? "unnamed" : group;
        }

        private static long processCpuNanos() {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0;
        }
    }
}
