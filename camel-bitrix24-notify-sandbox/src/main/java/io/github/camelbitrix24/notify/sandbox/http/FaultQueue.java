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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Faults waiting for the next HTTP requests, each for one method (or any, {@code *}) and a number of requests. The
 * first matching entry serves a request; entries serve in the order they were added.
 */
public final class FaultQueue {

    /** The method name that matches every request. */
    public static final String ANY_METHOD = "*";

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(String method, int times, InjectedFault fault) {
        if (times <= 0) {
            throw new IllegalArgumentException("A fault must apply to at least one request");
        }
        entries.add(new Entry(method, times, fault));
    }

    /** Takes the fault for a request to this method, if one is waiting. */
    public synchronized Optional<InjectedFault> take(String method) {
        for (Entry entry : entries) {
            if (entry.matches(method)) {
                entry.remaining--;
                if (entry.remaining == 0) {
                    entries.remove(entry);
                }
                return Optional.of(entry.fault);
            }
        }
        return Optional.empty();
    }

    public synchronized void clear() {
        entries.clear();
    }

    private static final class Entry {

        private final String method;
        private final InjectedFault fault;
        private int remaining;

        Entry(String method, int times, InjectedFault fault) {
            this.method = method;
            this.remaining = times;
            this.fault = fault;
        }

        boolean matches(String requested) {
            return ANY_METHOD.equals(method) || method.equalsIgnoreCase(requested);
        }
    }
}
