package io.github.camelbitrix24.notify.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The highest heap use seen while it runs, sampled every few milliseconds. It counts garbage not yet collected
 * too, so it is an upper bound of what the scenario needs, within the heap the JVM was given.
 */
final class HeapSampler implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peakBytes;
    private volatile boolean running = true;

    HeapSampler() {
        peakBytes = memory.getHeapMemoryUsage().getUsed();
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            peakBytes = Math.max(peakBytes, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException stopped) {
                return;
            }
        }
    }

    long peakBytes() {
        return peakBytes;
    }

    long maxBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
