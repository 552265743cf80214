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
package io.github.camelbitrix24.notify.docs.examples;

import java.util.List;

import io.github.camelbitrix24.notify.model.NotificationRequest;
import org.apache.camel.builder.RouteBuilder;

/** The README's Java routes; ReadmeExamplesTest runs them against the sandbox. */
public class ReadmeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::intro[]
        from("direct:alert")
                .to("bitrix24-notify:notify?userId=5&type=SYSTEM")        // body: the text; out: the new notification id
                .log("notification ${body} sent");
        // end::intro[]

        // tag::digest-and-inbox[]
        // send many: one batch call per 50 notifications, ids back in order
        from("direct:digest")
                .setBody(constant(List.of(NotificationRequest.to(5, "Build #42 failed").withTag("BUILD_42"),
                        NotificationRequest.to(7, "Deploy done").withType("SYSTEM"))))
                .to("bitrix24-notify:notify");

        // react to every new notification, exactly once, oldest first, across restarts
        from("bitrix24-notify:get?startFrom=UNREAD&stateRepository=#inboxState").routeId("inbox")
                .log("#${body.id} ${body.text}")
                .filter(simple("${body.confirm}"))
                .to("bitrix24-notify:confirm?notifyValue=Y");      // the consumer set CamelBitrix24NotifyId
        // end::digest-and-inbox[]
    }
}
