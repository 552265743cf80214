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
package io.github.camelbitrix24.notify.dsl;

import java.util.Properties;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyEndpoint;
import io.github.camelbitrix24.notify.consumer.StartFrom;
import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotifyType;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static io.github.camelbitrix24.notify.dsl.Bitrix24NotifyEndpointBuilderFactory.bitrix24Notify;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes written with the typed Java DSL, {@code to(bitrix24Notify("notify").userId(5))}, against the sandbox: what
 * they send reaches the portal as the same route with a string URI sends it, the consumer receives, and a builder makes
 * the endpoint of its string URI.
 */
class EndpointDslTest extends SandboxTestSupport {

    private final MemoryStateRepository inboxState = new MemoryStateRepository();

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("alert.userId", "7");
        return properties;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // tag::java-dsl[]
                from("direct:alert")
                        .to(bitrix24Notify("notify").userId(5).type(NotifyType.SYSTEM).messageOut("See e-mail"));

                from(bitrix24Notify("get").startFrom(StartFrom.ALL).delay(1000))
                        .log("#${body.id}: ${body.text}");
                // end::java-dsl[]

                from("direct:placeholders")
                        .to(bitrix24Notify("{{alert.operation:notify}}").userId("{{alert.userId}}").type("{{?alert.type}}"));
            }
        };
    }

    @Test
    void sendWithTypedOptionsReachesThePortalWithTheirParameters() {
        template.sendBody("direct:alert", "Disk almost full");

        RecordedCall call = onlyCall("im.notify");
        assertThat(call.param("USER_ID")).isEqualTo("5");
        assertThat(call.param("TYPE")).isEqualTo("SYSTEM");
        assertThat(call.param("MESSAGE_OUT")).isEqualTo("See e-mail");
        assertThat(call.param("MESSAGE")).isEqualTo("Disk almost full");
    }

    @Test
    void textSettersTakePropertyPlaceholdersAnOptionalOneLeftUnsetLeavesTheOptionOut() {
        template.sendBody("direct:placeholders", "Lunch?");

        RecordedCall call = onlyCall("im.notify");
        assertThat(call.param("USER_ID")).isEqualTo("7");
        assertThat(call.params()).doesNotContainKey("TYPE");
    }

    @Test
    void consumerFromTheBuilderReceivesTheNewNotifications() throws Exception {
        sandbox().seed(1).text("first").create();
        sandbox().seed(1).text("second").create();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(bitrix24Notify("get").startFrom(StartFrom.ALL).initialDelay(0).delay(50).stateRepository(inboxState))
                        .routeId("inbox").to("mock:inbox");
            }
        });
        MockEndpoint inbox = getMockEndpoint("mock:inbox");
        inbox.expectedMessageCount(2);
        inbox.setResultWaitTime(10_000);

        inbox.assertIsSatisfied();

        assertThat(inbox.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Notification.class).text())
                .containsExactly("first", "second");
        Bitrix24NotifyEndpoint endpoint = (Bitrix24NotifyEndpoint) context.getRoute("inbox").getEndpoint();
        assertThat(endpoint.getStateRepository()).as("an object option travels through the registry").isSameAs(inboxState);
    }

    @Test
    void builderMakesTheEndpointOfTheStringUriAndShowsItWithTheSecretsMasked() {
        String webhookUrl = sandbox().webhookUrl();
        String code = webhookUrl.replaceAll(".*/([^/]+)/?$", "$1");
        Bitrix24NotifyEndpointBuilderFactory.Bitrix24NotifyEndpointProducerBuilder builder = bitrix24Notify("notify")
                .webhookUrl(webhookUrl).advanced().maxRetries(2).connectTimeout("5s").basic()
                .userId(5).type(NotifyType.SYSTEM).messageOut("See e-mail");
        String uri = "bitrix24-notify:notify?userId=5&type=SYSTEM&messageOut=See e-mail&maxRetries=2&connectTimeout=5s"
                     + "&webhookUrl=RAW(" + webhookUrl + ")";

        Endpoint byBuilder = builder.resolve(context);
        Endpoint byUri = context.getEndpoint(uri);

        assertThat(byBuilder).isSameAs(byUri);
        assertThat(builder.toString()).isEqualTo(URISupport.sanitizeUri(byUri.getEndpointUri()))
                .contains("webhookUrl=xxxxxx").doesNotContain(code);
        Bitrix24NotifyEndpoint endpoint = (Bitrix24NotifyEndpoint) byBuilder;
        assertThat(endpoint.getConfiguration().getMaxRetries()).isEqualTo(2);
        context.getRegistry().bind("inboxState", inboxState);
        Bitrix24NotifyEndpoint byReference
                = (Bitrix24NotifyEndpoint) bitrix24Notify("get").stateRepository("#inboxState").resolve(context);
        assertThat(byReference.getStateRepository()).isSameAs(inboxState);
        assertThat(bitrix24Notify("get").limit(10).startFrom(StartFrom.UNREAD).getRawUri())
                .isEqualTo("bitrix24-notify:get?limit=10&startFrom=UNREAD");
    }

    @Test
    void headerNamesAreTheComponentsConstants() {
        Bitrix24NotifyEndpointBuilderFactory.Bitrix24NotifyBuilders routes
                = new Bitrix24NotifyEndpointBuilderFactory.Bitrix24NotifyBuilders() {
                };

        assertThat(routes.bitrix24Notify().bitrix24NotifyUserId()).isEqualTo(Bitrix24NotifyConstants.USER_ID);
        assertThat(routes.bitrix24Notify().bitrix24NotifyType()).isEqualTo(Bitrix24NotifyConstants.TYPE);
        assertThat(routes.bitrix24Notify("readAll").getRawUri()).isEqualTo("bitrix24-notify:readAll");
    }
}
