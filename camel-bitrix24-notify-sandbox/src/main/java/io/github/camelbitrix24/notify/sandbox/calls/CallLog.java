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
package io.github.camelbitrix24.notify.sandbox.calls;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelbitrix24.notify.sandbox.RecordedCall;

/**
 * The portal's traffic record. A call takes its place in line when it arrives and is filled in when it ends, so the log
 * lists calls in arrival order (a batch before its sub-commands) however long each one runs.
 */
public final class CallLog {

    private final AtomicLong lastSequence = new AtomicLong();
    private final ConcurrentSkipListMap<Long, RecordedCall> calls = new ConcurrentSkipListMap<>();
    private final AtomicInteger httpRequests = new AtomicInteger();
    private final Map<String, AtomicInteger> errorCounts = new ConcurrentHashMap<>();
    // arrival clock of the first and the last HTTP request; 0 before the first (nanoTime is never read as 0 here)
    private final AtomicLong firstArrival = new AtomicLong();
    private final AtomicLong lastArrival = new AtomicLong();

    /** The place in line of a call that just arrived. */
    public long nextSequence() {
        return lastSequence.incrementAndGet();
    }

    public void record(long sequence, RecordedCall call) {
        calls.put(sequence, call);
        if (call.errorCode() != null) {
            errorCounts.computeIfAbsent(call.errorCode(), code -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** How many calls were answered with this error code. */
    public int errorCount(String errorCode) {
        AtomicInteger count = errorCounts.get(errorCode);
        return count == null ? 0 : count.get();
    }

    public void countHttpRequest() {
        long now = System.nanoTime();
        firstArrival.compareAndSet(0, now);
        lastArrival.accumulateAndGet(now, Math::max);
        httpRequests.incrementAndGet();
    }

    /** From the first HTTP request's arrival to the last's; zero before two arrived. */
    public Duration arrivalSpan() {
        long first = firstArrival.get();
        return first == 0 ? Duration.ZERO : Duration.ofNanos(Math.max(0, lastArrival.get() - first));
    }

    public int httpRequestCount() {
        return httpRequests.get();
    }

    public List<RecordedCall> calls() {
        return List.copyOf(calls.values());
    }

    /** Forgets the calls, the HTTP request count and the error counts. */
    public void clear() {
        calls.clear();
        httpRequests.set(0);
        firstArrival.set(0);
        lastArrival.set(0);
        errorCounts.clear();
    }
}
