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

/**
 * The portal's own request-rate limit, counted as requests arrive: every request adds one to a counter that drains at a
 * fixed rate; a request that would push the counter past the capacity is refused on the spot, with no wait offered.
 */
public final class ArrivalBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double drainPerSecond;
    private final int capacity;
    private double level;
    private long lastDrainNanos;

    public ArrivalBucket(double drainPerSecond, int capacity) {
        if (drainPerSecond <= 0 || capacity <= 0) {
            throw new IllegalArgumentException("The request rate and the burst must be positive");
        }
        this.drainPerSecond = drainPerSecond;
        this.capacity = capacity;
        this.lastDrainNanos = System.nanoTime();
    }

    public double drainPerSecond() {
        return drainPerSecond;
    }

    public int capacity() {
        return capacity;
    }

    /** Counts one request; false when the bucket is full and the request must be refused. */
    public synchronized boolean tryAdd() {
        long now = System.nanoTime();
        level = Math.max(0, level - (now - lastDrainNanos) / NANOS_PER_SECOND * drainPerSecond);
        lastDrainNanos = now;
        if (level + 1 > capacity) {
            return false;
        }
        level += 1;
        return true;
    }
}
