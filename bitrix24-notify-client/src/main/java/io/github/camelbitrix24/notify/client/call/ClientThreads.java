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

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where the client's threads come from, so that the application that embeds it (Camel) creates, names and manages them.
 * The client asks for two: a pool that completes the callers' futures, off the HTTP I/O threads, and one scheduler for
 * every delayed step (rate-limit waits, batch linger, retry delays).
 */
public interface ClientThreads {

    /**
     * A pool for completions with a queue that never refuses a task and never runs one on the submitting thread (an
     * HTTP I/O thread). A {@link java.util.concurrent.ThreadPoolExecutor} lets the client add threads when every one is
     * held by a route waiting for an answer that sits in the queue, up to {@link Completions#CEILING_FACTOR} times its
     * core size. Once shut down it must refuse tasks with a RejectedExecutionException.
     */
    ExecutorService newCompletionPool(String name);

    /** The scheduler of the delayed steps; the client shuts it down itself. */
    ScheduledExecutorService newScheduler(String name);

    /** Stops taking tasks; tasks given already still run. */
    void shutdown(ExecutorService pool);

    /** Stops at once; tasks not started are dropped. */
    void shutdownNow(ExecutorService pool);
}
