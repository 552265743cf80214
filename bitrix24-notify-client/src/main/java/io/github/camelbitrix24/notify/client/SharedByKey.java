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

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Things shared by the clients that ask for the same key (a portal's limits, a batch lane), counted by their users and
 * dropped when the last one is released: endpoints made per tenant (a {@code toD} with a webhook per customer) leave
 * nothing behind once Camel stops them.
 */
final class SharedByKey<K, V> {

    private record Entry<V>(V value, int users) {
    }

    private final Map<K, Entry<V>> entries = new HashMap<>();

    /** The value of the key, created on first use; counts one more user. */
    synchronized V acquire(K key, Function<K, V> create) {
        Entry<V> entry = entries.get(key);
        V value = entry == null ? create.apply(key) : entry.value();
        entries.put(key, new Entry<>(value, entry == null ? 1 : entry.users() + 1));
        return value;
    }

    /** Counts one user less; the last one drops the value. @return whether this release dropped it */
    synchronized boolean release(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return false;
        }
        if (entry.users() <= 1) {
            entries.remove(key);
            return true;
        }
        entries.put(key, new Entry<>(entry.value(), entry.users() - 1));
        return false;
    }

    /** How many keys are in use. */
    synchronized int size() {
        return entries.size();
    }
}
