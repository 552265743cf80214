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
package io.github.camelbitrix24.notify.support;

import java.util.List;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CamelContext whose {@code bitrix24-notify} component points at a fresh sandbox portal over real HTTP, emptied
 * before every test.
 */
public abstract class SandboxTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    /**
     * The component's figures, as the console, JMX and meters show them; bound when the test {@link #readsFigures()}.
     */
    protected FigureReaders figures;

    protected Bitrix24Sandbox sandbox() {
        return PORTAL.sandbox();
    }

    @BeforeEach
    void emptyThePortal() {
        sandbox().reset();
    }

    /** Whether the test reads the component's figures: JMX on, and the figures bound to the context. */
    protected boolean readsFigures() {
        return false;
    }

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        if (readsFigures()) {
            configuration.withEnableJMX();
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Bitrix24NotifyComponent component = new Bitrix24NotifyComponent();
        configure(component);
        context.addComponent("bitrix24-notify", component);
        if (readsFigures()) {
            figures = FigureReaders.boundTo(context);
        }
        return context;
    }

    /** Sets the component up; by default only the sandbox's webhook of user 1. */
    protected void configure(Bitrix24NotifyComponent component) {
        component.getConfiguration().setWebhookUrl(sandbox().webhookUrl());
    }

    /** The one call of this method the portal received. */
    protected RecordedCall onlyCall(String method) {
        List<RecordedCall> calls = sandbox().calls(method);
        assertThat(calls).as("calls of %s", method).hasSize(1);
        return calls.get(0);
    }

    /** Sends to an endpoint and returns the exchange, failed or not. */
    protected Exchange send(String uri, Object body) {
        return template.request(uri, exchange -> exchange.getMessage().setBody(body));
    }
}
