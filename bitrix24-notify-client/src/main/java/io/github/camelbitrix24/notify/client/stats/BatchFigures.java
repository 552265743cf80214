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
package io.github.camelbitrix24.notify.client.stats;

/**
 * How a portal's calls were gathered into batches.
 *
 * @param batchesSent   batch calls sent (a batch of one leaves as a plain call and is not counted)
 * @param callsBatched  calls those batches carried
 * @param lastBatchSize the commands of the last batch sent
 * @param callsWaiting  calls waiting to be sent in a batch now
 */
public record BatchFigures(long batchesSent, long callsBatched, int lastBatchSize, int callsWaiting) {

    /** Calls per batch on average; 0 before the first. */
    public double averageBatchSize() {
        return batchesSent == 0 ? 0 : (double) callsBatched / batchesSent;
    }
}
