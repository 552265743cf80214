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
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.OnExceptionDefinition;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference's onException and the troubleshooting guide's redelivery, against the sandbox. */
class ErrorExamplesTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @BeforeEach
    void freshPortal() {
        PORTAL.sandbox().reset();
    }

    @Test
    void aRefusedSendIsHandledAndReachesNoPortal() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).getConfiguration()
                    .setWebhookUrl(PORTAL.sandbox().webhookUrl());
            context.addRoutes(new ErrorRoutes());
            context.start();

            Exchange done = context.createProducerTemplate().request("direct:alert-nobody",
                    exchange -> exchange.getMessage().setBody("Disk full"));

            assertThat(done.getException()).isNull();
            assertThat(done.getProperty(Exchange.EXCEPTION_CAUGHT, Bitrix24NotifyException.class).getErrorCode())
                    .isEqualTo("USER_ID_EMPTY");
            assertThat(PORTAL.sandbox().calls()).isEmpty();
        }
    }

    @Test
    void aSendOfUnknownOutcomeIsHandledByItsOutcome() throws Exception {
        PORTAL.sandbox().faults().dropNext("im.notify", 1);
        try (CamelContext context = new DefaultCamelContext()) {
            context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class).getConfiguration()
                    .setWebhookUrl(PORTAL.sandbox().webhookUrl());
            context.addRoutes(new ErrorRoutes());
            context.start();

            Exchange done = context.createProducerTemplate().request("direct:alert-ops",
                    exchange -> exchange.getMessage().setBody("Disk full"));

            assertThat(done.getException()).isNull();
            Bitrix24NotifyException caught = done.getProperty(Exchange.EXCEPTION_CAUGHT, Bitrix24NotifyException.class);
            assertThat(caught.getOutcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(caught.getErrorCode()).isEqualTo(Bitrix24NotifyException.IO_ERROR);
            assertThat(PORTAL.sandbox().calls("im.notify")).as("not sent again").hasSize(1);
        }
    }

    @Test
    void theRedeliveryTakesOnlyFailuresThePortalCannotHaveCarriedOut() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            RedeliveryRoutes routes = new RedeliveryRoutes();
            routes.setCamelContext(context);
            routes.configure();
            OnExceptionDefinition redelivery = routes.getRouteCollection().getOnExceptions().get(0);
            context.start();
            Predicate onWhen = redelivery.getOnWhen().getExpression().createPredicate(context);

            assertThat(onWhen.matches(failedWith(context, "QUERY_LIMIT_EXCEEDED", Outcome.REFUSED, 503))).isTrue();
            assertThat(onWhen.matches(failedWith(context, "OPERATION_TIME_LIMIT", Outcome.REFUSED, 429))).isTrue();
            assertThat(onWhen.matches(failedWith(context, "CONNECTION_FAILED", Outcome.NOT_SENT, 0))).isTrue();
            assertThat(onWhen.matches(failedWith(context, "IO_ERROR", Outcome.UNKNOWN, 0))).as("outcome unknown").isFalse();
            assertThat(onWhen.matches(failedWith(context, "TIMEOUT", Outcome.UNKNOWN, 0))).as("outcome unknown").isFalse();
            assertThat(onWhen.matches(failedWith(context, "INTERNAL_SERVER_ERROR", Outcome.UNKNOWN, 500)))
                    .as("may have run").isFalse();
            assertThat(onWhen.matches(failedWith(context, "USER_ID_EMPTY", Outcome.NOT_SENT, 0))).isFalse();
            assertThat(onWhen.matches(failedWith(context, "expired_token", Outcome.REFUSED, 401))).isFalse();
            assertThat(redelivery.getRedeliveryPolicyType().getMaximumRedeliveries()).isEqualTo("2");
            assertThat(redelivery.getRedeliveryPolicyType().getRedeliveryDelay()).isEqualTo("60000");
        }
    }

    private static Exchange failedWith(CamelContext context, String code, Outcome outcome, int status) {
        Exchange exchange = new DefaultExchange(context);
        exchange.setException(new Bitrix24NotifyException(code, "test", outcome, status, "im.notify"));
        return exchange;
    }
}
