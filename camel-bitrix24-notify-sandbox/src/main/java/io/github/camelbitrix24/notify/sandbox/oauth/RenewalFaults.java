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
package io.github.camelbitrix24.notify.sandbox.oauth;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers waiting for the next requests to the token endpoint, instead of a renewal: the errors of an OAuth server that
 * is overloaded or down, or of a proxy, firewall or load balancer in front of it. Served in the order they were added.
 * Thread-safe.
 */
public final class RenewalFaults {

    /**
     * One answer, sent as it is.
     *
     * @param httpStatus  the HTTP status, e.g. 429 or 503
     * @param contentType the Content-Type header
     * @param body        the body
     */
    public record Answer(int httpStatus, String contentType, String body) {

        public Answer {
            if (httpStatus < 400 || httpStatus > 599) {
                throw new IllegalArgumentException("A fault answers with an error status (4xx or 5xx), not " + httpStatus);
            }
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
        }
    }

    private final Deque<Answer> answers = new ArrayDeque<>();

    /** Answers the next {@code times} renewal requests with this answer, after the ones already waiting. */
    public synchronized void add(int times, Answer answer) {
        if (times <= 0) {
            throw new IllegalArgumentException("A fault must apply to at least one request");
        }
        Objects.requireNonNull(answer, "answer");
        for (int i = 0; i < times; i++) {
            answers.addLast(answer);
        }
    }

    /** The answer for this request, if one is waiting. */
    public synchronized Optional<Answer> take() {
        return Optional.ofNullable(answers.pollFirst());
    }

    public synchronized void clear() {
        answers.clear();
    }
}
