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

import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotifyRoutesTest extends ExampleTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new NotifyRoutes();
    }

    @Test
    void sendsOneNotificationOfEachKindAndReadsThemBack() {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("send-each-kind").whenCompleted(1).create();

        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        assertThat(sandbox.calls()).filteredOn(call -> !call.inBatch()).extracting(RecordedCall::method)
                .containsExactly("im.notify", "im.notify", "im.notify.personal.add", "im.notify.system.add", "batch",
                        "im.notify.get");
        assertThat(sandbox.calls()).allMatch(RecordedCall::succeeded);
        assertThat(sandbox.notifications(1)).extracting(StoredNotification::text).containsExactlyInAnyOrder(
                "Build #42 is green", "Nightly backup finished", "Lunch at 13:00?", "Deploy finished",
                "Batch 1 of 3", "Batch 2 of 3", "Batch 3 of 3");
        assertThat(sandbox.notifications(1)).filteredOn(n -> n.text().equals("Deploy finished"))
                .singleElement().satisfies(n -> assertThat(n.attach()).isNotNull());
    }
}
