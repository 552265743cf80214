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

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's and the reference's sample of a route tested against the sandbox: it is this test. */
class SandboxSampleTest extends CamelTestSupport {

    // tag::reference[]
    // tag::readme[]
    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();   // a fresh portal per test class
    // point the component at PORTAL.sandbox().webhookUrl(), run the route, then assert on
    // PORTAL.sandbox().calls("im.notify") and PORTAL.sandbox().notifications(userId)
    // end::readme[]

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).getConfiguration()
                .setWebhookUrl(PORTAL.sandbox().webhookUrl());
        return context;
    }

    @Test
    void alertsTheOnCallEngineer() {
        template.sendBody("direct:alert", "Disk full");
        assertThat(PORTAL.sandbox().calls("im.notify")).singleElement()
                .satisfies(call -> assertThat(call.param("USER_ID")).isEqualTo("5"));
        assertThat(PORTAL.sandbox().notifications(5)).extracting(StoredNotification::text).containsExactly("Disk full");
    }
    // end::reference[]

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:alert").to("bitrix24-notify:notify?userId=5");
            }
        };
    }
}
