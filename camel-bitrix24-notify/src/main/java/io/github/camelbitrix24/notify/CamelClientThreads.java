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

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelbitrix24.notify.client.call.ClientThreads;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/** The portal client's threads, made and managed by the CamelContext's {@link ExecutorServiceManager}. */
final class CamelClientThreads implements ClientThreads {

    private final Object owner;
    private final ExecutorServiceManager threads;

    CamelClientThreads(Object owner, ExecutorServiceManager threads) {
        this.owner = owner;
        this.threads = threads;
    }

    /**
     * Camel's default profile, but with a queue without bound (Camel takes 0 or less for no queue at all) that refuses
     * nothing: the default runs a task on the caller's thread once its 1,000 places are taken, and here the caller is
     * an HTTP I/O thread, which must never run a route. Each task is the answer of an exchange already in flight, so
     * the routes bound their number; the client adds threads when the queue stalls, up to a ceiling.
     */
    @Override
    public ExecutorService newCompletionPool(String name) {
        ThreadPoolProfile profile = new ThreadPoolProfileBuilder(name, threads.getDefaultThreadPoolProfile())
                .maxQueueSize(Integer.MAX_VALUE).rejectedPolicy(ThreadPoolRejectedPolicy.Abort).build();
        return threads.newThreadPool(owner, name, profile);
    }

    @Override
    public ScheduledExecutorService newScheduler(String name) {
        return threads.newSingleThreadScheduledExecutor(owner, name);
    }

    @Override
    public void shutdown(ExecutorService pool) {
        threads.shutdown(pool);
    }

    @Override
    public void shutdownNow(ExecutorService pool) {
        threads.shutdownNow(pool);
    }
}
