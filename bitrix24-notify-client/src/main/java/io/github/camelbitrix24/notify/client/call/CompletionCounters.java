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

import java.util.concurrent.atomic.LongAdder;

/**
 * What the completion threads' watchdog did, counted across restarts of the pool, so that figures and meters keep
 * counting as the portals' do.
 */
public final class CompletionCounters {

    private final LongAdder threadsAdded = new LongAdder();
    private final LongAdder ceilingReached = new LongAdder();

    /** The watchdog started threads. */
    public void threadsAdded(int threads) {
        threadsAdded.add(threads);
    }

    /** The watchdog found every thread held at the ceiling. */
    public void ceilingReached() {
        ceilingReached.increment();
    }

    /** The counts with what a pool holds now. */
    public CompletionFigures figures(int size, int ceiling, int threads, int busy, int largest, int answersWaiting) {
        return new CompletionFigures(
                size, ceiling, threads, busy, largest, answersWaiting, threadsAdded.sum(),
                ceilingReached.sum());
    }

    /** The counts, while no pool runs. */
    public CompletionFigures figures() {
        return figures(0, 0, 0, 0, 0, 0);
    }
}
