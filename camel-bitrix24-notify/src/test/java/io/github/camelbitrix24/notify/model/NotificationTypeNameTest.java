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
package io.github.camelbitrix24.notify.model;

import java.util.List;

import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notification's type by name, as a route logs it ({@code ${body.typeName}}): what the portal stores as
 * {@code notify_type} 1, 2 and 4, read back with {@code get}.
 */
class NotificationTypeNameTest extends SandboxTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:types")
                        .to("bitrix24-notify:get")
                        .split(simple("${body.notifications}"))
                        .setBody(simple("${body.text} ${body.typeName}"))
                        .to("mock:types");
            }
        };
    }

    @Test
    void eachTypeTheRouteReadsBackHasItsName() throws Exception {
        sandbox().seed(1).text("from a user").create();
        sandbox().seed(1).text("from the system").system().create();
        sandbox().seed(1).text("asks for a button").confirm().button("Accept", "Y").create();
        MockEndpoint types = getMockEndpoint("mock:types");
        types.expectedBodiesReceivedInAnyOrder(List.of(
                "from a user FROM_USER", "from the system SYSTEM", "asks for a button CONFIRM"));

        template.sendBody("direct:types", null);

        types.assertIsSatisfied();
    }

    @Test
    void aCodeThePortalMayAddLaterIsShownAsItIs() {
        assertThat(Notification.typeNameOf(8)).isEqualTo("8");
    }
}
