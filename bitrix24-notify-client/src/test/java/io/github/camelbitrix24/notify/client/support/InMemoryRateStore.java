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
package io.github.camelbitrix24.notify.client.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.LockSupport;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * A Bucket4j store in this JVM, built as Bucket4j's own stores are (compare-and-swap of the bucket's bytes): two
 * CamelContexts given the same instance behave as two replicas sharing Redis, without the server. The real store is
 * tested against Redis in the replicas' own tests.
 */
public final class InMemoryRateStore extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final ConcurrentMap<String, byte[]> states = new ConcurrentHashMap<>();
    private final long roundTripNanos;
    private volatile boolean unreachable;

    public InMemoryRateStore() {
        super(ClientSideConfig.getDefault());
        this.roundTripNanos = 0;
    }

    /**
     * A store whose buckets keep time with this clock, for tests that move time themselves, and whose every read and
     * write takes {@code roundTrip} of real time, as a request to a server does: what replicas do at once overlaps.
     */
    public InMemoryRateStore(TimeMeter clock, Duration roundTrip) {
        super(ClientSideConfig.getDefault().withClientClock(clock));
        this.roundTripNanos = roundTrip.toNanos();
    }

    /** While true, every operation fails, as a client's does when its server is down. */
    public void unreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    private void reach() {
        if (unreachable) {
            throw new IllegalStateException("Unable to connect to the test store");
        }
        if (roundTripNanos > 0) {
            LockSupport.parkNanos(roundTripNanos);
        }
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                reach();
                return Optional.ofNullable(states.get(key));
            }

            @Override
            public boolean compareAndSwap(
                    byte[] originalData, byte[] newData, RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                reach();
                if (originalData == null) {
                    return states.putIfAbsent(key, newData) == null;
                }
                byte[] current = states.get(key);
                return current != null && Arrays.equals(current, originalData) && states.replace(key, current, newData);
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("The component uses the store synchronously");
    }

    @Override
    public void removeProxy(String key) {
        states.remove(key);
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        states.remove(key);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }
}
