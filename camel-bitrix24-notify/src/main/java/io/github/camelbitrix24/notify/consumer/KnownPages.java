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
package io.github.camelbitrix24.notify.consumer;

import java.util.List;

/**
 * What the polls so far learned of the inbox, handed from one poll to the next so that a poll walks only the pages
 * above it. Without it, a poll that ends early (a failed exchange, maxMessagesPerPoll) would make the next one walk the
 * whole backlog down to the watermark again, to find where to start.
 *
 * @param confirms the confirm-type stream
 * @param regulars the stream of the other notifications
 * @param pending  about how many undelivered notifications the tops' pages hold
 */
public record KnownPages(Stream confirms, Stream regulars, int pending) {

    /** Nothing known yet: the first poll, also after a restart. */
    public static final KnownPages NONE = new KnownPages(Stream.NONE, Stream.NONE, 0);

    /**
     * @param knownUpTo every notification of the stream above the watermark and up to this id was seen by a walk
     * @param tops      the top id of each page that still holds undelivered notifications, newest first
     */
    public record Stream(long knownUpTo, List<Long> tops) {

        static final Stream NONE = new Stream(0, List.of());

        public Stream {
            tops = List.copyOf(tops);
        }
    }
}
