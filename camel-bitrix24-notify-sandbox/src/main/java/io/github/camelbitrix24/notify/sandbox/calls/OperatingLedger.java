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
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The execution time each caller has spent in each method, as the portal counts it for its operating limit: in ten
 * baskets that each span a tenth of the window (a minute of ten on the portal). A basket starts with the first call
 * that finds no open basket and stops counting one window after that call.
 */
public final class OperatingLedger {

    private static final int BASKETS = 10;

    /** What {@code time.operating} and {@code time.operating_reset_at} report after a call. */
    public record Usage(double operatingSeconds, long resetAtEpochSecond) {
    }

    private record Account(long userId, String method) {
    }

    private final Map<Account, Baskets> accounts = new ConcurrentHashMap<>();

    /** Whether the caller's time in the method is over the limit, so that its next call is refused. */
    boolean exceeds(long userId, String method, Instant now, Duration limit, Duration window) {
        Baskets baskets = accounts.get(new Account(userId, method));
        return baskets != null && baskets.usage(now, window).operatingSeconds() > limit.toNanos() / 1e9;
    }

    /** Adds one call's execution time to the caller's account of the method. */
    Usage charge(long userId, String method, Instant start, Duration cost, Duration window) {
        return accounts.computeIfAbsent(new Account(userId, method), account -> new Baskets()).add(start, cost, window);
    }

    /** The figures of a call that is not counted, such as the outer {@code batch}. */
    static Usage uncounted(Instant start, Duration window) {
        return new Usage(0, start.plus(window).getEpochSecond());
    }

    /** Forgets all accounts. */
    public void clear() {
        accounts.clear();
    }

    /** One account: its open baskets, oldest first. */
    private static final class Baskets {

        private final Deque<Basket> open = new ArrayDeque<>();

        synchronized Usage add(Instant now, Duration cost, Duration window) {
            dropExpired(now, window);
            Basket newest = open.peekLast();
            if (newest == null || !now.isBefore(newest.start.plus(window.dividedBy(BASKETS)))) {
                newest = new Basket(now);
                open.addLast(newest);
            }
            newest.seconds += cost.toNanos() / 1e9;
            return usage(now, window);
        }

        synchronized Usage usage(Instant now, Duration window) {
            dropExpired(now, window);
            double total = open.stream().mapToDouble(basket -> basket.seconds).sum();
            Instant oldest = open.isEmpty() ? now : open.peekFirst().start;
            return new Usage(total, oldest.plus(window).getEpochSecond());
        }

        private void dropExpired(Instant now, Duration window) {
            while (!open.isEmpty() && !now.isBefore(open.peekFirst().start.plus(window))) {
                open.removeFirst();
            }
        }
    }

    private static final class Basket {

        private final Instant start;
        private double seconds;

        Basket(Instant start) {
            this.start = start;
        }
    }
}
