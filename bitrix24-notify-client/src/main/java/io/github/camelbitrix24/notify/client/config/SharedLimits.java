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
package io.github.camelbitrix24.notify.client.config;

import java.time.Duration;

/**
 * The part of one portal's limits that the replicas of an application share: its request rate (which requests may leave
 * now, whichever replica sends them) and the operating-limit pauses of its methods. The client keeps the portal's
 * limits in this JVM as well, and asks these before a request leaves.
 * <p>
 * When the store fails, a method throws the store's own RuntimeException: the client refuses the call
 * ({@code RATE_LIMIT_STORE_UNAVAILABLE}) when it cannot go, and otherwise goes on and says so once in its log.
 */
public interface SharedLimits {

    /**
     * Takes a place for a request that leaves now: 0 when taken (the request is then in flight until
     * {@link #landed(long)}), else how many nanoseconds until one may be free. A place taken before the store failed is
     * given back before the failure is thrown.
     */
    long tryTake();

    /**
     * A request taken by {@link #tryTake()} landed: it no longer flies, and it arrived at the portal {@code lateNanos}
     * before now at the latest (0 when nothing tells).
     */
    void landed(long lateNanos);

    /** The portal answered 503: its bucket is full, for every replica. */
    void overflowed();

    /** Pauses the method for every replica; a pause under a millisecond is none. */
    void pause(String method, Duration pause);

    /** How many nanoseconds calls of the method must still wait for a pause any replica saw; 0 to go. */
    long pauseNanos(String method);
}
