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
package io.github.camelbitrix24.notify.client.call;

/**
 * The threads that complete the portals' answers, where the routes go on, at one moment.
 *
 * @param size           the pool's own size (Camel's default thread pool profile); 0 before the first call
 * @param ceiling        the most threads the watchdog grows the pool to
 * @param threads        the pool's threads now
 * @param busy           those running a route now
 * @param largest        the most threads the pool had at once
 * @param answersWaiting answers waiting in the pool's queue for a thread
 * @param threadsAdded   threads the watchdog started because every thread was held while answers waited
 * @param ceilingReached times the watchdog found every thread held at the ceiling, and so added none
 */
public record CompletionFigures(int size, int ceiling, int threads, int busy, int largest, int answersWaiting,
        long threadsAdded, long ceilingReached) {

    /** Figures of the pools of several components, added up. */
    public CompletionFigures plus(CompletionFigures other) {
        return new CompletionFigures(
                size + other.size, ceiling + other.ceiling, threads + other.threads,
                busy + other.busy, largest + other.largest, answersWaiting + other.answersWaiting,
                threadsAdded + other.threadsAdded, ceilingReached + other.ceilingReached);
    }
}
