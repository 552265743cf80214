package io.github.camelbitrix24.notify;

import io.github.camelbitrix24.notify.client.config.InMemoryTokenStore;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import org.apache.camel.Endpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OAuth endpoint per tenant, each with its token store: its session goes when the endpoint stops, as its limits
 * do (the store keeps the pair for the next one).
 */
class OAuthEndpointsPerTenantTest extends OAuthTestSupport {

    @Test
    void anEndpointWithAStoreLeavesNoSessionBehindOnceStopped() throws Exception {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        context.getRegistry().bind("tenantStore", new InMemoryTokenStore());
        String uri = "bitrix24-notify:notify?userId=5&tokenStore=#tenantStore";
        assertThat(send(uri, "Hello").getException()).isNull();
        int keptWithTheEndpoint = component.clients().oauthSessionsKept();

        for (Endpoint endpoint : context.getEndpoints()) {
            if (endpoint.getEndpointUri().contains("tenantStore")) {
                context.removeEndpoint(endpoint);
            }
        }

        assertThat(component.clients().oauthSessionsKept()).isEqualTo(keptWithTheEndpoint - 1);
        assertThat(send(uri, "Hello again").getException()).as("the next endpoint starts from the store").isNull();
    }
}
