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
package io.github.camelbitrix24.notify;

import io.github.camelbitrix24.notify.client.config.InMemoryTokenStore;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import org.apache.camel.Endpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OAuth endpoint per tenant, each with its token store: its session goes when the endpoint stops, as its limits do
 * (the store keeps the pair for the next one).
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
