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
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/** The reference's list-body examples; ListBodyExamplesTest runs them against the sandbox. */
public class ListBodyRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::list-body[]
        from("direct:digest")
                .setBody(constant(List.of(
                        NotificationRequest.to(5, "Build #42 failed").withTag("BUILD_42"),
                        NotificationRequest.to(7, "Deploy done").withType("SYSTEM"))))
                .to("bitrix24-notify:notify")
                .log("ids: ${body}");                      // [1501, 1502]
        // end::list-body[]

        from("direct:many")
                .to("bitrix24-notify:notify?userId=5")
                // tag::batch-errors[]
                .filter(simple("${header.CamelBitrix24NotifyBatchErrors.size} > 0"))
                .log(LoggingLevel.WARN, "not sent: ${header.CamelBitrix24NotifyBatchErrors}")
                // end::batch-errors[]
                .to("mock:not-sent");
    }
}
