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
import java.lang.management.MemoryMXBean;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyEndpoint;
import io.github.camelbitrix24.notify.operation.NotifyParameter;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import org.apache.camel.builder.RouteBuilder;

/**
 * Figure (f): notifications waiting in the webhook user's inbox, delivered by one {@code bitrix24-notify:get} route
 * with {@code startFrom=ALL}: the im.notify.get calls it made and the time from the route's start until the last
 * exchange completed, with the heap.
 * <p>
 * Two heap figures: the peak used during the delivery, garbage included (an upper bound, as in (e)); and the live heap
 * when the first exchange runs, after a garbage collection, which is when the consumer holds the most (the pages kept,
 * the first exchanges), to be read against the live heap before the route started. That collection's time is left out
 * of the seconds.
 */
final class ConsumerBacklog {

    private static final String ROUTE_ID = "backlog";

    /**
     * What one delivery of a backlog did.
     *
     * @param waiting            notifications seeded before the route started
     * @param delivered          exchanges the route completed
     * @param outOfOrder         exchanges whose id was not above the one before (a repeat counts too)
     * @param missing            seeded notifications never delivered
     * @param getCalls           im.notify.get calls the portal received until the last exchange completed
     * @param pageSize           the route's {@code limit}
     * @param pagesInMemory      the route's {@code maxPagesInMemory}
     * @param seconds            from the route's start until the last exchange completed
     * @param queryLimitExceeded 503 QUERY_LIMIT_EXCEEDED answers the portal gave
     * @param liveHeapBefore     heap used after seeding, after a garbage collection, the sandbox's store included
     * @param liveHeapAtFirst    heap used when the first exchange runs, after a garbage collection
     * @param peakHeapBytes      the highest heap use seen during the delivery, garbage included
     */
    record BacklogFigures(int waiting, int delivered, int outOfOrder, int missing, int getCalls, int pageSize,
            int pagesInMemory, double seconds, int queryLimitExceeded, long liveHeapBefore,
            long liveHeapAtFirst, long peakHeapBytes) {

        /**
         * The calls the guide's cost model gives: a call per page, one more when the oldest page is full, and one for
         * each page beyond the ones kept in memory (the seeded notifications are all regular ones).
         */
        int expectedGetCalls() {
            int pages = (waiting + pageSize - 1) / pageSize;
            int belowOldest = waiting % pageSize == 0 ? 1 : 0;
            return pages + belowOldest + Math.max(0, pages - pagesInMemory);
        }

        void print(Figures figures, String prefix) {
            figures.print(prefix + ".waiting", waiting);
            figures.print(prefix + ".delivered", delivered);
            figures.print(prefix + ".out_of_order", outOfOrder);
            figures.print(prefix + ".missing", missing);
            figures.print(prefix + ".page_size", pageSize);
            figures.print(prefix + ".max_pages_in_memory", pagesInMemory);
            figures.print(prefix + ".get_calls", getCalls);
            figures.print(prefix + ".get_calls_expected", expectedGetCalls());
            figures.print(prefix + ".seconds", seconds);
            figures.print(prefix + ".query_limit_exceeded", queryLimitExceeded);
            figures.print(prefix + ".live_heap_before_mb", megabytes(liveHeapBefore));
            figures.print(prefix + ".live_heap_at_first_exchange_mb", megabytes(liveHeapAtFirst));
            figures.print(prefix + ".peak_heap_used_mb", megabytes(peakHeapBytes));
        }

        private static double megabytes(long bytes) {
            return bytes / (1024.0 * 1024);
        }
    }

    private ConsumerBacklog() {
    }

    /**
     * @param options more endpoint options, e.g. {@code "&maxPagesInMemory=5"}; empty for the defaults
     */
    static BacklogFigures run(int waiting, double requestsPerSecond, int burst, String options) throws Exception {
        try (PortalSetup portal = PortalSetup.start(requestsPerSecond, burst, settings -> {
        })) {
            Bitrix24Sandbox sandbox = portal.sandbox();
            Set<Long> seeded = new HashSet<>(
                    sandbox.seed(Bitrix24Sandbox.DEFAULT_USER_ID).text("Waiting %d").createMany(waiting));
            String uri = "bitrix24-notify:get?startFrom=ALL&initialDelay=0" + options;
            Bitrix24NotifyEndpoint endpoint = portal.camel().getEndpoint(uri, Bitrix24NotifyEndpoint.class);
            Integer limit = endpoint.getMessageOptions().getLimit();

            AtomicInteger delivered = new AtomicInteger();
            AtomicInteger outOfOrder = new AtomicInteger();
            AtomicInteger missing = new AtomicInteger(waiting);
            AtomicLong lastId = new AtomicLong();
            AtomicInteger getCalls = new AtomicInteger();
            AtomicLong end = new AtomicLong();
            AtomicLong liveAtFirst = new AtomicLong();
            AtomicLong probeNanos = new AtomicLong();
            CountDownLatch done = new CountDownLatch(1);
            portal.camel().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(endpoint).routeId(ROUTE_ID).autoStartup(false).process(exchange -> {
                        long id = exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class);
                        if (id <= lastId.getAndSet(id)) {
                            outOfOrder.incrementAndGet();
                        } else if (seeded.contains(id)) {
                            missing.decrementAndGet();
                        }
                        int count = delivered.incrementAndGet();
                        if (count == 1) {
                            long probe = System.nanoTime();
                            liveAtFirst.set(liveHeap());
                            probeNanos.set(System.nanoTime() - probe);
                        }
                        if (count == waiting) {
                            end.set(System.nanoTime());
                            getCalls.set(sandbox.calls("im.notify.get").size());
                            done.countDown();
                        }
                    });
                }
            });
            long liveBefore = liveHeap();
            long peak;
            long start;
            try (HeapSampler heap = new HeapSampler()) {
                start = System.nanoTime();
                portal.camel().getRouteController().startRoute(ROUTE_ID);
                if (!done.await(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException(
                            "The backlog of " + waiting + " was not delivered within 10 minutes: "
                                                    + delivered.get() + " were");
                }
                peak = heap.peakBytes();
            }
            portal.camel().getRouteController().stopRoute(ROUTE_ID);
            return new BacklogFigures(
                    waiting, delivered.get(), outOfOrder.get(), missing.get(), getCalls.get(),
                    limit == null ? NotifyParameter.MAX_PAGE_SIZE : limit, endpoint.getMaxPagesInMemory(),
                    (end.get() - start - probeNanos.get()) / 1e9, sandbox.answeredErrors("QUERY_LIMIT_EXCEEDED"),
                    liveBefore, liveAtFirst.get(), peak);
        }
    }

    /** The heap still in use after a full collection: a measurement, which nothing in the component relies on. */
    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
