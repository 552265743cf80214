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

import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import org.apache.camel.builder.RouteBuilder;

/** The troubleshooting guide's route-level redelivery; ErrorExamplesTest checks which failures it redelivers. */
public class RedeliveryRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::redelivery[]
        // once the component's own retries are spent: try the exchange again later, only if the portal did not run it
        onException(Bitrix24NotifyException.class)
                .onWhen(simple("${exception.errorCode} in 'QUERY_LIMIT_EXCEEDED,OPERATION_TIME_LIMIT,CONNECTION_FAILED'"))
                .maximumRedeliveries(2)
                .redeliveryDelay(60000);
        // end::redelivery[]

        from("direct:backup-alert").routeId("backup-alert")
                .to("bitrix24-notify:notify?userId=5");
    }
}
