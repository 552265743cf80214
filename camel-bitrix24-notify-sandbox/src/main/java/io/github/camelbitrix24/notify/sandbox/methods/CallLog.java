package io.github.camelbitrix24.notify.sandbox.methods;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelbitrix24.notify.sandbox.RecordedCall;

/**
 * The portal's traffic record. A call takes its place in line when it arrives and is filled in when it ends, so
 * the log lists calls in arrival order (a batch before its sub-commands) however long each one runs.
 */
public final class CallLog {

    private final AtomicLong lastSequence = new AtomicLong();
    private final ConcurrentSkipListMap<Long, RecordedCall> calls = new ConcurrentSkipListMap<>();
    private final AtomicInteger httpRequests = new AtomicInteger();

    /** The place in line of a call that just arrived. */
    public long nextSequence() {
        return lastSequence.incrementAndGet();
    }

    public void record(long sequence, RecordedCall call) {
        calls.put(sequence, call);
    }

    public void countHttpRequest() {
        httpRequests.incrementAndGet();
    }

    public int httpRequestCount() {
        return httpRequests.get();
    }

    public List<RecordedCall> calls() {
        return List.copyOf(calls.values());
    }

    /** Forgets the calls and the HTTP request count. */
    public void clear() {
        calls.clear();
        httpRequests.set(0);
    }
}
