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

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelbitrix24.notify.sandbox.UnreadableAnswer;
import io.github.camelbitrix24.notify.sandbox.calls.MethodOutcome;

/**
 * A misbehaviour the portal shows to one HTTP request on demand.
 */
public sealed interface InjectedFault {

    /** The request is answered with this error instead of running. */
    record Failure(int httpStatus, String errorCode, String description) implements InjectedFault {
    }

    /** The request runs, but its answer is held back this long. */
    record Delay(Duration delay) implements InjectedFault {
    }

    /** The request runs, but the connection closes without an answer: the client cannot know it succeeded. */
    record DroppedResponse() implements InjectedFault {
    }

    /** The request is answered with a redirect to {@code location} instead of running. */
    record Redirect(int httpStatus, String location) implements InjectedFault {
    }

    /** A batch runs whole, but its answer leaves out the command at this position, neither result nor error. */
    record LostBatchEntry(int position) implements InjectedFault {
    }

    /** The request runs, but is answered with something a client cannot read instead of its own answer. */
    record Unreadable(UnreadableAnswer answer) implements InjectedFault {
    }

    /**
     * The first request this fault serves runs and its answer is kept; the later ones run too, but get that same answer
     * again: for a paged method, a portal that repeats a page whatever the cursor asks for.
     */
    final class RepeatedAnswer implements InjectedFault {

        private final AtomicReference<MethodOutcome> first = new AtomicReference<>();

        /** The answer to send for a request that ran to this outcome. */
        public MethodOutcome answer(MethodOutcome outcome) {
            first.compareAndSet(null, outcome);
            return first.get();
        }
    }
}
