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
package io.github.camelbitrix24.notify.compat;

import java.time.Duration;

import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationPage;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.main.Main;

/**
 * The application every Camel row runs, as a user's camel-main project would: the routes in
 * {@code compat/round-trip.camel.yaml} send one notification (im.notify.system.add), the inbox consumer delivers it,
 * and a producer reads it back (im.notify.history.search). The routes hand what they got to two seda queues, which this
 * class reads.
 * <p>
 * Only camel-main API that Camel 4.14 to 4.22 all have: the same class runs on every row's Camel.
 */
public final class RoundTripApp {

    /** The text the send route sends, and the word the read-back searches for. */
    public static final String TEXT = "Nightly backup of billing finished";
    public static final String SEARCH_TEXT = "backup";
    /** The webhook's user: the send goes to the inbox the consumer polls. */
    public static final long USER_ID = 1;

    private static final Duration WAIT_FOR_ROUTES = Duration.ofSeconds(30);

    private RoundTripApp() {
    }

    /** Runs the application against the portal of the given webhook until both routes delivered, then stops it. */
    public static RoundTrip run(String webhookUrl) throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.main.name", "bitrix24-notify-compat");
        main.addInitialProperty("camel.main.routesIncludePattern", "classpath:compat/round-trip.camel.yaml");
        // the option itself, not a placeholder: Camel 4.14 would print a placeholder's value in its summary unmasked
        main.addInitialProperty("camel.component.bitrix24-notify.webhookUrl", webhookUrl);
        main.addInitialProperty("compat.text", TEXT);
        main.addInitialProperty("compat.searchText", SEARCH_TEXT);
        main.addInitialProperty("compat.userId", String.valueOf(USER_ID));
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            ConsumerTemplate routesGot = context.createConsumerTemplate();
            Notification delivered = receive(routesGot, "seda:delivered", Notification.class);
            NotificationPage readBack = receive(routesGot, "seda:readBack", NotificationPage.class);
            return RoundTrip.of(context.getVersion(), delivered, readBack);
        } finally {
            main.stop();
        }
    }

    /**
     * Runs the application in this JVM and prints what the routes got as {@link RoundTrip#lines()}, for a test that
     * starts it on another JDK. Argument: the sandbox's webhook URL.
     */
    public static void main(String[] args) {
        int status = 0;
        try {
            run(args[0]).lines().forEach(System.out::println);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // the HTTP client's threads must not keep the JVM alive
        System.exit(status);
    }

    private static <T> T receive(ConsumerTemplate consumer, String uri, Class<T> type) {
        T body = consumer.receiveBody(uri, WAIT_FOR_ROUTES.toMillis(), type);
        if (body == null) {
            throw new IllegalStateException("Nothing reached " + uri + " within " + WAIT_FOR_ROUTES.toSeconds() + " s");
        }
        return body;
    }
}
