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
package io.github.camelbitrix24.notify.sandbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long the portal takes to answer, as a real one does: a time drawn evenly between {@code min} and {@code max} for
 * every request, plus {@code perBatchCommand} for each command of a {@code batch}. A request is counted in the
 * request-rate bucket when it arrives, before this time; the client sees its answer after it. The time counts as the
 * portal's work: the answer's {@code time} object ({@code finish}, {@code duration}, {@code processing}) includes it.
 *
 * @param min             the shortest answer time
 * @param max             the longest answer time (before the batch commands)
 * @param perBatchCommand what each command of a batch adds
 */
public record ResponseLatency(Duration min, Duration max, Duration perBatchCommand) {

    /** What the bench and realistic tests use: 20 to 80 ms a call, 1 ms more for each command of a batch. */
    public static final ResponseLatency REALISTIC = new ResponseLatency(
            Duration.ofMillis(20), Duration.ofMillis(80),
            Duration.ofMillis(1));

    public ResponseLatency {
        if (min.isNegative() || max.compareTo(min) < 0 || perBatchCommand.isNegative()) {
            throw new IllegalArgumentException(
                    "Latency needs 0 <= min <= max and a per-command time of 0 or more, got "
                                               + min + ", " + max + ", " + perBatchCommand);
        }
    }

    /** The time to answer one request that carries this many batch commands (0 for a plain call). */
    public Duration next(int batchCommands) {
        long spread = max.toNanos() - min.toNanos();
        long nanos = min.toNanos() + (spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(spread + 1))
                     + perBatchCommand.toNanos() * batchCommands;
        return Duration.ofNanos(nanos);
    }
}
