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
package io.github.camelbitrix24.notify.examples.portals;

import io.github.camelbitrix24.notify.apps.PortalInstallListener;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalRecord;
import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;

/**
 * One {@code bitrix24-notify} endpoint per installed portal, built from its directory record: the portal's address and,
 * as its token store, the portal's entry in the directory (bound in the registry at install). An uninstalled portal's
 * endpoint and token store are dropped, so a message for it finds no endpoint.
 */
final class PortalEndpoints implements PortalInstallListener {

    private final CamelContext context;
    private final PortalDirectory directory;

    PortalEndpoints(CamelContext context, PortalDirectory directory) {
        this.context = context;
        this.directory = directory;
    }

    @Override
    public void installed(PortalRecord portal) {
        context.getRegistry().bind(tokenStoreName(portal.memberId()), directory.tokens(portal.memberId()));
    }

    @Override
    public void removed(String memberId) {
        try {
            context.removeEndpoints("bitrix24-notify:*" + tokenStoreName(memberId) + "*");
        } catch (Exception e) {
            throw new RuntimeCamelException(e);
        }
        context.getRegistry().unbind(tokenStoreName(memberId));
    }

    /**
     * The endpoint that sends to user 1 of the portal: its address without {@code /rest/}, its token store; the OAuth
     * application's clientId, clientSecret and oauthUrl come from the component's configuration.
     *
     * @throws IllegalStateException when the portal is not installed
     */
    String uri(String memberId) {
        PortalRecord portal = directory.find(memberId)
                .orElseThrow(() -> new IllegalStateException("The portal " + memberId + " has not installed the application"));
        String address = portal.clientEndpoint().replaceFirst("/rest/?$", "");
        return "bitrix24-notify:notify?userId=1&portalUrl=" + address + "&tokenStore=#" + tokenStoreName(memberId);
    }

    private static String tokenStoreName(String memberId) {
        return "portal-tokens-" + memberId;
    }
}
