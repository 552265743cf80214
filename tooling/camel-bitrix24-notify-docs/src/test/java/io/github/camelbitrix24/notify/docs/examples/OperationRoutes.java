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

import org.apache.camel.builder.RouteBuilder;

/**
 * The reference's Java DSL example of each operation. operations.camel.yaml and operations.camel.xml are the same
 * routes in YAML and XML; the OperationExamples tests run all three against the sandbox.
 */
public class OperationRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::notify[]
        from("direct:notify")                                          // body: the text
                .to("bitrix24-notify:notify?userId=5&type=SYSTEM")
                .log("notification ${body} sent");                         // body: its id, a Long
        // end::notify[]

        // tag::personalAdd[]
        from("direct:personalAdd")                                     // body: the text
                .to("bitrix24-notify:personalAdd?userId=5&tag=BUILD_42");  // replaces the user's last BUILD_42
        // end::personalAdd[]

        // tag::systemAdd[]
        from("direct:systemAdd")
                .setHeader("CamelBitrix24NotifyAttach",
                        constant("[{\"MESSAGE\": \"Disk [B]/var[/B] is 93% full\"}]"))
                .to("bitrix24-notify:systemAdd?userId=5");
        // end::systemAdd[]

        // tag::get[]
        from("direct:get")
                .to("bitrix24-notify:get?limit=20")                       // body: a NotificationPage
                .log("${body.totalUnreadCount} unread of ${body.totalCount}");
        // end::get[]

        // tag::schemaGet[]
        from("direct:schemaGet")
                .to("bitrix24-notify:schemaGet");            // body: Map<String, NotificationModule>
        // end::schemaGet[]

        // tag::read[]
        from("direct:read")                              // header CamelBitrix24NotifyId: the notification
                .to("bitrix24-notify:read?onlyCurrent=true");
        // end::read[]

        // tag::readList[]
        from("direct:readList")                          // body: the ids, e.g. List.of(12L, 13L) or "12,13"
                .to("bitrix24-notify:readList");
        // end::readList[]

        // tag::readAll[]
        from("direct:readAll")
                .to("bitrix24-notify:readAll");
        // end::readAll[]

        // tag::answer[]
        from("direct:answer")                            // header CamelBitrix24NotifyId, body: the reply
                .to("bitrix24-notify:answer")
                .log("${body}");                             // the handler's messages, a List<String>
        // end::answer[]

        // tag::confirm[]
        from("direct:confirm")                           // header CamelBitrix24NotifyId: the invitation
                .to("bitrix24-notify:confirm?notifyValue=Y");
        // end::confirm[]

        // tag::delete[]
        from("direct:delete")
                .to("bitrix24-notify:delete?tag=BUILD_42");
        // end::delete[]

        // tag::historySearch[]
        from("direct:historySearch")                     // body: the text to look for, 3 characters or more
                .to("bitrix24-notify:historySearch")
                .log("${body.totalResults} found");
        // end::historySearch[]
    }
}
