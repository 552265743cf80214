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
package io.github.camelbitrix24.notify.bench;

import java.util.List;
import java.util.stream.IntStream;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/** Figure (b): the same notifications as one exchange whose body is their list, sent as explicit batches of 50. */
final class OneListBody {

    private OneListBody() {
    }

    static SendFigures run(int notifications, double requestsPerSecond, int burst) {
        try (PortalSetup portal = PortalSetup.start(requestsPerSecond, burst, settings -> {
        })) {
            ProducerTemplate template = portal.camel().createProducerTemplate();
            List<String> texts = IntStream.range(0, notifications).mapToObj(i -> "Notification " + i).toList();
            long start = System.nanoTime();
            Exchange exchange = template.request("bitrix24-notify:notify?userId=" + PortalSetup.RECIPIENT,
                    request -> request.getMessage().setBody(texts));
            double seconds = (System.nanoTime() - start) / 1e9;
            List<?> errors = exchange.getMessage().getHeader(Bitrix24NotifyConstants.BATCH_ERRORS, List.class);
            int failed = exchange.getException() != null ? notifications : errors == null ? 0 : errors.size();
            return SendFigures.of(portal.sandbox(), notifications, seconds, failed);
        }
    }
}
