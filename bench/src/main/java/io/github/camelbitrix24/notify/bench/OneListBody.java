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
        try (PortalSetup portal = PortalSetup.start(requestsPerSecond, burst, settings -> { })) {
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
