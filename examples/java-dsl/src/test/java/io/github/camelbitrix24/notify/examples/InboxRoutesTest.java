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
package io.github.camelbitrix24.notify.examples;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InboxRoutesTest extends ExampleTestSupport {

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("inbox.delay", "100");
        return properties;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new InboxRoutes();
    }

    @Test
    void printsEveryUnreadNotificationAndAcceptsTheInvitation() {
        long news = PORTAL.sandbox().seed(1).text("News").create();
        long invite = PORTAL.sandbox().seed(1).confirm().text("Join?").button("Accept", "Y").button("Decline", "N").create();
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("inbox").whenCompleted(2).create();

        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(PORTAL.sandbox().calls("im.notify.confirm")).singleElement().satisfies(call -> {
            assertThat(call.param("NOTIFY_ID")).isEqualTo(String.valueOf(invite));
            assertThat(call.param("NOTIFY_VALUE")).isEqualTo("Y");
        });
        assertThat(PORTAL.sandbox().notification(invite).orElseThrow().confirmedValue()).isEqualTo("Y");
        assertThat(PORTAL.sandbox().calls()).noneMatch(call -> call.method().equals("im.notify.confirm")
                && String.valueOf(news).equals(call.param("NOTIFY_ID")));
        assertThat(PORTAL.sandbox().calls()).extracting(RecordedCall::succeeded).containsOnly(true);
    }
}
