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

import java.time.Duration;
import java.util.Objects;

import io.github.camelbitrix24.notify.sandbox.http.FaultQueue;
import io.github.camelbitrix24.notify.sandbox.http.InjectedFault;

/**
 * Fault injection: makes the next HTTP requests to a method fail, stall, lose their answer or get one that cannot be
 * read, to test a client's retries, timeouts and unknown outcomes. A method of {@code "*"} matches every request; a
 * batch request matches {@code "batch"}. Injected failures are recorded as calls with the injected status and code.
 */
public final class SandboxFaults {

    private final FaultQueue queue;

    SandboxFaults(FaultQueue queue) {
        this.queue = queue;
    }

    /** Answers the next request to the method with this error, e.g. 503 QUERY_LIMIT_EXCEEDED "Too many requests". */
    public SandboxFaults failNext(String method, int httpStatus, String errorCode, String description) {
        return failNext(method, 1, httpStatus, errorCode, description);
    }

    /** Answers the next {@code times} requests to the method with this error instead of running them. */
    public SandboxFaults failNext(String method, int times, int httpStatus, String errorCode, String description) {
        queue.add(requireMethod(method), times, new InjectedFault.Failure(httpStatus, errorCode, description));
        return this;
    }

    /** Runs the next {@code times} requests to the method but answers each only after {@code delay}. */
    public SandboxFaults delayNext(String method, int times, Duration delay) {
        queue.add(requireMethod(method), times, new InjectedFault.Delay(Objects.requireNonNull(delay, "delay")));
        return this;
    }

    /**
     * Runs the next {@code times} requests to the method but closes their connections without an answer, as when a
     * network fails after the portal did the work.
     */
    public SandboxFaults dropNext(String method, int times) {
        queue.add(requireMethod(method), times, new InjectedFault.DroppedResponse());
        return this;
    }

    /**
     * Answers the next {@code times} requests to the method with a redirect ({@code httpStatus} 301, 302, 307 or 308)
     * to {@code location}, without running them, as a moved portal or a hostile proxy would.
     */
    public SandboxFaults redirectNext(String method, int times, int httpStatus, String location) {
        queue.add(requireMethod(method), times, new InjectedFault.Redirect(httpStatus, Objects.requireNonNull(location)));
        return this;
    }

    /**
     * Runs the next {@code batch} request whole but leaves the command at {@code position} (0 for the first) out of its
     * answer: neither a result nor an error, as a truncated answer would.
     */
    public SandboxFaults loseBatchEntryNext(int position) {
        queue.add("batch", 1, new InjectedFault.LostBatchEntry(position));
        return this;
    }

    /**
     * Runs the next {@code times} requests to the method (a {@code batch} whole), then answers each with this
     * unreadable answer instead of its own: the notifications are stored, but the client cannot tell from the answer.
     */
    public SandboxFaults answerUnreadablyNext(String method, int times, UnreadableAnswer answer) {
        queue.add(requireMethod(method), times, new InjectedFault.Unreadable(Objects.requireNonNull(answer, "answer")));
        return this;
    }

    /** Forgets the faults not yet used. */
    public void clear() {
        queue.clear();
    }

    private static String requireMethod(String method) {
        return Objects.requireNonNull(method, "method (use \"*\" for every method)");
    }

    /**
     * Answers the next request to the method as usual, then the {@code times} requests after it with that same answer,
     * though each of them runs and is recorded with its own parameters: for {@code im.notify.get}, a portal that
     * answers a page again whatever {@code LAST_ID} asks for.
     */
    public SandboxFaults repeatPageNext(String method, int times) {
        queue.add(requireMethod(method), Math.addExact(times, 1), new InjectedFault.RepeatedAnswer());
        return this;
    }
}
