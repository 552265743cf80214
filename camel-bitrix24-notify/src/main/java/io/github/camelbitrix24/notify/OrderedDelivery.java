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

import java.util.Iterator;
import java.util.function.LongConsumer;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.slf4j.Logger;

/**
 * One batch of the consumer, delivered in order: each exchange goes through the route on its own, the next only once
 * the one before completed, and the batch stops at the first that fails, so that nothing newer overtakes it. Each
 * exchange carries the batch properties Camel's batch consumers set (index, size, complete). A batch is used once: its
 * count and position are its own, never shared with another poll.
 */
final class OrderedDelivery {

    private final ScheduledBatchPollingConsumer consumer;
    private final LongConsumer onDelivered;
    private final Logger log;
    private final int size;
    private int delivered;

    /**
     * @param consumer    processes the exchanges, releases them, and says whether the batch may go on (not stopping)
     * @param onDelivered told the id of each notification whose exchange completed, before the next one is processed
     * @param log         the consumer's logger, for the line that says a notification was not delivered
     * @param size        how many exchanges the batch holds, for {@code CamelBatchSize}; the exchanges handed to
     *                    {@link #deliver} are not asked for beyond it
     */
    OrderedDelivery(ScheduledBatchPollingConsumer consumer, LongConsumer onDelivered, Logger log, int size) {
        this.consumer = consumer;
        this.onDelivered = onDelivered;
        this.log = log;
        this.size = size;
    }

    /**
     * Processes the exchanges one at a time, asking for the next only once the one before completed (the exchanges may
     * be created, and their pages read, as they are asked for). Stops at the first failed exchange, or when the
     * consumer is stopping; a failure to produce the next exchange is thrown, and {@link #delivered()} still counts
     * those completed before it.
     *
     * @return how many exchanges completed
     */
    int deliver(Iterator<Exchange> exchanges) {
        while (delivered < size && consumer.isBatchAllowed() && exchanges.hasNext()) {
            if (!completed(exchanges.next())) {
                break;
            }
            delivered++;
        }
        return delivered;
    }

    /** How many exchanges of the batch completed so far. */
    int delivered() {
        return delivered;
    }

    private boolean completed(Exchange exchange) {
        int index = delivered;
        exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
        exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, size);
        exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == size - 1);
        long id = exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID, Long.class);
        try {
            consumer.getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            if (exchange.getException() != null) {
                // the route's error handler logged the failure already: one line says what becomes of it
                log.warn("Notification {} not delivered ({}): the next poll delivers it again, and nothing newer "
                         + "before it",
                        id, exchange.getException().toString());
                return false;
            }
            onDelivered.accept(id);
            return true;
        } finally {
            consumer.releaseExchange(exchange, false);
        }
    }
}
