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

/** The reference's error handling; ErrorExamplesTest runs it against the sandbox. */
public class ErrorRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::on-exception[]
        onException(Bitrix24NotifyException.class)
                .onWhen(simple("${exception.errorCode} == 'USER_ID_EMPTY'"))
                .handled(true)
                .to("log:refused");
        // sent, but no usable answer came: the portal may have stored it, so it is not sent again
        onException(Bitrix24NotifyException.class)
                .onWhen(simple("${exception.outcome} == 'UNKNOWN'"))
                .handled(true)
                .to("log:maybe-stored");
        // end::on-exception[]

        from("direct:alert-nobody")
                .to("bitrix24-notify:notify");                 // no userId: USER_ID_EMPTY, refused before any call

        from("direct:alert-ops")
                .to("bitrix24-notify:notify?userId=5");
    }
}
