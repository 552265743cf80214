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
package io.github.camelbitrix24.notify;

import java.util.function.Supplier;

/**
 * An endpoint's share of its portal (limits, batches, the OAuth session), in the component's terms: the first producer
 * or consumer that starts takes it, the last one to stop gives it back. Counted here rather than by the endpoint's own
 * start and stop: Camel does not stop the endpoints its endpoint registry evicts, but does stop the producers its
 * producer caches (a {@code toD}'s, a ProducerTemplate's) evict.
 */
final class ServiceLease {

    private final Supplier<Bitrix24NotifyService> open;
    private Bitrix24NotifyService service;
    /** How many started producers and consumers use {@link #service}. */
    private int users;

    /** @param open takes the endpoint's share of what clients of its portal share */
    ServiceLease(Supplier<Bitrix24NotifyService> open) {
        this.open = open;
    }

    /** A producer or consumer starting: the first one takes the share. */
    synchronized Bitrix24NotifyService take() {
        if (users++ == 0) {
            service = open.get();
        }
        return service;
    }

    /** A producer or consumer stopped: the last one gives the share back. */
    synchronized void giveBack() {
        if (users > 0 && --users == 0) {
            service.release();
            service = null;
        }
    }

    /** The endpoint stopping gives its share back, whatever still uses it. */
    synchronized void end() {
        if (service != null) {
            service.release();
            service = null;
        }
        users = 0;
    }

    /** The share while a producer or consumer runs; else null. */
    synchronized Bitrix24NotifyService current() {
        return service;
    }
}
