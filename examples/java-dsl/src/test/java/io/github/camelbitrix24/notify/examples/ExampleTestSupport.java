package io.github.camelbitrix24.notify.examples;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The example's routes in a CamelContext whose component points at a fresh sandbox portal. */
abstract class ExampleTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Bitrix24NotifyComponent component = new Bitrix24NotifyComponent();
        component.getConfiguration().setWebhookUrl(PORTAL.sandbox().webhookUrl());
        context.addComponent("bitrix24-notify", component);
        return context;
    }
}
