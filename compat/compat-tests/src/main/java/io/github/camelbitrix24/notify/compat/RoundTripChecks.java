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

import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a row must show after one {@link RoundTripApp} run: the portal got the calls, the routes got the notification.
 */
public final class RoundTripChecks {

    private RoundTripChecks() {
    }

    /** The Camel version a row runs on, as its pom gives it to surefire. */
    public static String expectedCamelVersion() {
        String version = System.getProperty("compat.camel.version");
        assertThat(version).as("system property compat.camel.version (set by the row's pom for surefire)").isNotBlank();
        return version;
    }

    public static void assertRoundTrip(RoundTrip trip, Bitrix24Sandbox sandbox, String camelVersion) {
        assertThat(trip.camelVersion()).as("the Camel the application ran on").isEqualTo(camelVersion);

        // what reached the portal: the send route's im.notify.system.add, the consumer's polls, the read-back
        assertThat(sandbox.calls()).allMatch(RecordedCall::succeeded, "every call succeeded");
        assertThat(sandbox.calls("im.notify.system.add")).singleElement().satisfies(send -> {
            assertThat(send.param("MESSAGE")).isEqualTo(RoundTripApp.TEXT);
            assertThat(send.param("USER_ID")).isEqualTo(String.valueOf(RoundTripApp.USER_ID));
        });
        assertThat(sandbox.calls("im.notify.get")).as("the consumer's polls").isNotEmpty();
        assertThat(sandbox.calls("im.notify.history.search")).singleElement()
                .satisfies(search -> assertThat(search.param("SEARCH_TEXT")).isEqualTo(RoundTripApp.SEARCH_TEXT));
        assertThat(sandbox.notifications(RoundTripApp.USER_ID)).singleElement().satisfies(stored -> {
            assertThat(stored.text()).isEqualTo(RoundTripApp.TEXT);
            assertThat(stored.notifyType()).isEqualTo(StoredNotification.SYSTEM);
            assertThat(stored.id()).as("the id the consumer delivered").isEqualTo(trip.deliveredId());
        });

        // what the routes got: the consumer's notification, and the read-back page holding it
        assertThat(trip.deliveredText()).isEqualTo(RoundTripApp.TEXT);
        assertThat(trip.deliveredType()).isEqualTo(Notification.TYPE_SYSTEM);
        assertThat(trip.readBackIds()).containsExactly(trip.deliveredId());
    }
}
