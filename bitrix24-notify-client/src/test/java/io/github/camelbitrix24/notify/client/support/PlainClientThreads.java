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

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitrix24.notify.client.call.ClientThreads;

/**
 * The client's threads as an application without Camel makes them: a completion pool of a fixed size, all started at
 * once so that a count of threads does not change with the first calls, and one scheduler.
 */
public final class PlainClientThreads implements ClientThreads {

    private final int completionThreads;

    public PlainClientThreads(int completionThreads) {
        this.completionThreads = completionThreads;
    }

    @Override
    public ExecutorService newCompletionPool(String name) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                completionThreads, completionThreads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), named(name));
        pool.prestartAllCoreThreads();
        return pool;
    }

    @Override
    public ScheduledExecutorService newScheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(named(name));
    }

    @Override
    public void shutdown(ExecutorService pool) {
        pool.shutdown();
    }

    @Override
    public void shutdownNow(ExecutorService pool) {
        pool.shutdownNow();
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
