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
package io.github.camelbitrix24.notify.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Things shared by the clients that ask for the same key (a portal's limits, a batch lane), counted by their users. The
 * last user's release drops the value at once when there is no idle time; otherwise the value stays, idle, for the idle
 * time (the next user of the key takes it back as it was), and {@link #dropIdle()} drops it once it has been idle that
 * long: endpoints made per tenant, and one endpoint that asks for a client per portal and message, leave nothing behind
 * once their portals go quiet.
 */
final class SharedByKey<K, V> {

    /** @param idleSince when the last user released it ({@link #nanoClock}); meaningless while it has users */
    private record Entry<V>(V value, int users, long idleSince) {
    }

    private final Map<K, Entry<V>> entries = new HashMap<>();
    private final long idleNanos;
    private final LongSupplier nanoClock;

    /** Drops a value with its last user. */
    SharedByKey() {
        this(0, System::nanoTime);
    }

    /** @param idleNanos how long a value without users stays; 0 drops it with its last user */
    SharedByKey(long idleNanos, LongSupplier nanoClock) {
        this.idleNanos = idleNanos;
        this.nanoClock = nanoClock;
    }

    /** The value of the key, created on first use or taken back while idle; counts one more user. */
    synchronized V acquire(K key, Function<K, V> create) {
        Entry<V> entry = entries.get(key);
        V value = entry == null ? create.apply(key) : entry.value();
        entries.put(key, new Entry<>(value, entry == null ? 1 : entry.users() + 1, 0));
        return value;
    }

    /**
     * Counts one user less; the last one drops the value when there is no idle time, else leaves it idle.
     *
     * @return whether this release dropped it
     */
    synchronized boolean release(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null || entry.users() == 0) {
            return false;
        }
        if (entry.users() == 1 && idleNanos <= 0) {
            entries.remove(key);
            return true;
        }
        long idleSince = entry.users() == 1 ? nanoClock.getAsLong() : 0;
        entries.put(key, new Entry<>(entry.value(), entry.users() - 1, idleSince));
        return false;
    }

    /** Drops the values without users idle for the idle time or longer. @return the keys dropped */
    synchronized List<K> dropIdle() {
        long now = nanoClock.getAsLong();
        List<K> dropped = new ArrayList<>();
        for (Iterator<Map.Entry<K, Entry<V>>> it = entries.entrySet().iterator(); it.hasNext();) {
            Map.Entry<K, Entry<V>> held = it.next();
            Entry<V> entry = held.getValue();
            if (entry.users() == 0 && now - entry.idleSince() >= idleNanos) {
                it.remove();
                dropped.add(held.getKey());
            }
        }
        return dropped;
    }

    /** How many keys are in use by a user. */
    synchronized int size() {
        return (int) entries.values().stream().filter(entry -> entry.users() > 0).count();
    }

    /** How many keys have a value: in use, or idle. */
    synchronized int live() {
        return entries.size();
    }
}
