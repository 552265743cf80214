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
package io.github.camelbitrix24.notify.management;

import java.time.Instant;

import org.apache.camel.api.management.ManagedAttribute;

/**
 * A consumer at one moment: the one place its figures are declared. The dev console, the JSON and the meters read this
 * snapshot; the consumer's JMX attributes are {@link Source}'s, read from the same snapshot.
 *
 * @param routeId          the route it feeds
 * @param endpoint         the endpoint, without secrets
 * @param lastDeliveredId  the cursor: the id of the last notification delivered (0 before the first)
 * @param lastPoll         when the last poll ended; null before the first
 * @param lastPollOutcome  {@code OK}, or the error code the last poll failed with; null before the first
 * @param delivered        notifications delivered since the consumer started
 * @param pagesRead        im.notify.get pages read since the consumer started, backlogs walked included
 * @param readMarksPending delivered notifications waiting to be marked read
 */
public record ConsumerFigures(String routeId, String endpoint, long lastDeliveredId, Instant lastPoll,
        String lastPollOutcome, long delivered, long pagesRead, int readMarksPending) {

    /**
     * A consumer that shows its figures: its snapshot, and the JMX attributes read from it (Camel reads the
     * {@code @ManagedAttribute}s of the interfaces of a consumer that is a {@code @ManagedResource}).
     */
    public interface Source {

        /** The consumer now. */
        ConsumerFigures figures();

        @ManagedAttribute(description = "The cursor: the id of the last notification delivered (0 before the first)")
        default long getLastDeliveredId() {
            return figures().lastDeliveredId();
        }

        @ManagedAttribute(description = "When the last poll ended (ISO-8601); empty before the first")
        default String getLastPollTime() {
            Instant at = figures().lastPoll();
            return at == null ? "" : at.toString();
        }

        @ManagedAttribute(description = "OK, or the error code the last poll failed with; empty before the first")
        default String getLastPollOutcome() {
            String outcome = figures().lastPollOutcome();
            return outcome == null ? "" : outcome;
        }

        @ManagedAttribute(description = "Notifications delivered since the consumer started")
        default long getDeliveredCount() {
            return figures().delivered();
        }

        @ManagedAttribute(description = "im.notify.get pages read since the consumer started, backlogs walked included")
        default long getPagesRead() {
            return figures().pagesRead();
        }

        @ManagedAttribute(description = "Delivered notifications waiting to be marked read")
        default int getReadMarksPending() {
            return figures().readMarksPending();
        }
    }
}
