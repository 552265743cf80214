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

/** The reference's Java DSL example of the consumer; consumer.camel.yaml and consumer.camel.xml are the same route. */
public class ConsumerRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::consumer[]
        from("bitrix24-notify:get?startFrom=UNREAD&markReadOnProcessed=true&delay=30s")
                .routeId("inbox")
                .log("#${body.id} from ${body.authorId}: ${body.text}");
        // end::consumer[]
    }
}
