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
package io.github.camelbitrix24.notify.faults;

import java.util.List;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyEndpoint;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.consumer.StartFrom;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.model.NotifyType;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fault matrix, option values that are names: an option or header with a fixed set of values takes them in any case,
 * and a value outside the set is refused, naming the option or header and the values it takes, before any request. A
 * misspelt or lower-case TYPE would otherwise reach the portal, which sends a personal notification for anything but
 * SYSTEM.
 */
class OptionValuesFaultsTest extends SandboxTestSupport {

    private static final String OPERATIONS = "notify, personalAdd, systemAdd, get, schemaGet, read, readList, readAll, "
                                             + "answer, confirm, delete, historySearch";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Bitrix24NotifyException.class).handled(true).to("mock:refused");
                from("direct:notify").to("bitrix24-notify:notify?userId=5");
            }
        };
    }

    @ParameterizedTest(name = "type={0}")
    @ValueSource(strings = { "system", "System", "SYSTEM" })
    void typeInAnyCaseSendsASystemNotification(String type) {
        Exchange sent = send("bitrix24-notify:notify?userId=5&type=" + type, "Disk almost full");

        assertThat(sent.getException()).isNull();
        assertThat(onlyCall("im.notify").param("TYPE")).isEqualTo("SYSTEM");
        assertThat(sandbox().notifications(5)).singleElement()
                .satisfies(stored -> assertThat(stored.notifyType()).isEqualTo(StoredNotification.SYSTEM));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bitrix24-notify:notify?userId=5&type=sytem          | type      | USER, SYSTEM",
            "bitrix24-notify:notify?userId=5&type=personal       | type      | USER, SYSTEM",
            "bitrix24-notify:notify?userId=5&plan=GOLD           | plan      | STANDARD, ENTERPRISE, UNLIMITED",
            "bitrix24-notify:get?startFrom=yesterday             | startFrom | NOW, UNREAD, ALL",
            "bitrix24-notify:notfy?userId=5                      | operation | " + OPERATIONS })
    void wrongValueRefusesTheEndpointNamingTheOptionAndItsValues(String uri, String option, String allowed) {
        assertThatThrownBy(() -> context.getEndpoint(uri))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining(option).hasMessageContaining(allowed)
                .cause().isInstanceOfSatisfying(Bitrix24NotifyException.class, refused -> {
                    assertThat(refused.getErrorCode()).isEqualTo("PARAMS_ERROR");
                    assertThat(refused.getOutcome()).isEqualTo(Outcome.NOT_SENT);
                });

        assertThat(sandbox().httpRequestCount()).as("HTTP requests the portal received").isZero();
    }

    @Test
    void theRefusalSaysWhatTheOptionTakes() {
        assertThatThrownBy(() -> context.getEndpoint("bitrix24-notify:notify?type=sytem"))
                .hasMessage("Failed to resolve endpoint: bitrix24-notify://notify?type=sytem due to: im.notify failed: "
                            + "PARAMS_ERROR (The option type cannot be 'sytem': it takes USER, SYSTEM in any case), not sent "
                            + "to the portal");
    }

    @Test
    void wrongValueInARouteFailsTheRouteWithTheSameMessage() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:system").to("bitrix24-notify:notify?userId=5&type=sytem");
            }
        })).isInstanceOf(FailedToCreateRouteException.class)
                .hasMessageContaining("type").hasMessageContaining("USER, SYSTEM").hasMessageContaining("sytem");

        assertThat(sandbox().httpRequestCount()).isZero();
    }

    @Test
    void namesInAnyCaseAreTaken() {
        // the route's endpoint keeps to the STANDARD plan already, and every endpoint of a portal keeps to one
        Bitrix24NotifyEndpoint inbox = context.getEndpoint("bitrix24-notify:GET?startFrom=unread&plan=Standard",
                Bitrix24NotifyEndpoint.class);

        assertThat(inbox.getStartFrom()).isEqualTo(StartFrom.UNREAD);
        assertThat(inbox.getConfiguration().getPlan()).isEqualTo(PortalPlan.STANDARD);
        assertThat(inbox.getOperation().uriName()).isEqualTo("get");
    }

    @ParameterizedTest(name = "header {0}")
    @ValueSource(strings = { "system", "System", " SYSTEM " })
    void typeHeaderInAnyCaseSendsASystemNotification(String type) {
        template.sendBodyAndHeader("direct:notify", "Disk almost full", Bitrix24NotifyConstants.TYPE, type);

        assertThat(getMockEndpoint("mock:refused").getReceivedExchanges()).isEmpty();
        assertThat(onlyCall("im.notify").param("TYPE")).isEqualTo("SYSTEM");
        assertThat(sandbox().notifications(5)).singleElement()
                .satisfies(stored -> assertThat(stored.notifyType()).isEqualTo(StoredNotification.SYSTEM));
    }

    @Test
    void typeHeaderMayBeTheEnum() {
        template.sendBodyAndHeader("direct:notify", "Disk almost full", Bitrix24NotifyConstants.TYPE, NotifyType.SYSTEM);

        assertThat(getMockEndpoint("mock:refused").getReceivedExchanges()).isEmpty();
        assertThat(onlyCall("im.notify").param("TYPE")).isEqualTo("SYSTEM");
    }

    @ParameterizedTest(name = "header {0}")
    @ValueSource(strings = { "sytem", "personal", "" })
    void wrongTypeHeaderIsRefusedBeforeTheWire(String type) {
        template.sendBodyAndHeader("direct:notify", "Disk almost full", Bitrix24NotifyConstants.TYPE, type);

        Bitrix24NotifyException refused = refused();
        assertThat(refused.getErrorCode()).isEqualTo("PARAMS_ERROR");
        assertThat(refused.getMessage()).contains(Bitrix24NotifyConstants.TYPE).contains("USER, SYSTEM")
                .contains("'" + type + "'");
        assertThat(sandbox().httpRequestCount()).as("HTTP requests the portal received").isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void wrongTypeOfAListEntryRefusesThatEntryAlone() {
        Exchange sent = template.request("direct:notify", exchange -> exchange.getMessage().setBody(List.of(
                NotificationRequest.to(5, "Disk almost full").withType("sytem"),
                NotificationRequest.to(5, "Backup done").withType("system"))));

        List<Bitrix24NotifyException> errors = sent.getMessage().getHeader(Bitrix24NotifyConstants.BATCH_ERRORS, List.class);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorCode()).isEqualTo("PARAMS_ERROR");
            assertThat(error.getBatchIndex()).isZero();
            assertThat(error.getMessage()).contains("'sytem'").contains("USER, SYSTEM");
        });
        assertThat(sandbox().notifications(5)).singleElement().satisfies(stored -> {
            assertThat(stored.text()).isEqualTo("Backup done");
            assertThat(stored.notifyType()).isEqualTo(StoredNotification.SYSTEM);
        });
    }

    private Bitrix24NotifyException refused() {
        MockEndpoint refusals = getMockEndpoint("mock:refused");
        assertThat(refusals.getReceivedExchanges()).as("exchanges the route's onException handled").hasSize(1);
        return refusals.getReceivedExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Bitrix24NotifyException.class);
    }
}
