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

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalRecord;
import io.github.camelbitrix24.notify.producer.RequestMapper;

/**
 * The portals of a {@link PortalDirectory} as one producer calls them, each by its {@code member_id}, taken for one
 * exchange at a time: the portal's address, pair and plan from the directory, the application's client id and secret
 * (and every other option) from the endpoint. Each portal's client comes from the component's clients, so that its
 * limits, batches, retries, OAuth session and figures are that portal's own, whichever endpoint calls it. A portal the
 * directory does not hold fails before any call with {@link Bitrix24NotifyException#PORTAL_NOT_INSTALLED}.
 */
final class DirectoryPortals {

    private final SharedPortals portals;
    private final Bitrix24NotifyConfiguration configuration;
    private final RequestMapper requests;

    /** @param requests how the endpoint's messages become requests to a portal of an OAuth application */
    DirectoryPortals(SharedPortals portals, Bitrix24NotifyConfiguration configuration, RequestMapper requests) {
        this.portals = portals;
        this.configuration = configuration;
        this.requests = requests;
    }

    /**
     * The portal's service for one exchange: release it when the exchange is done. The portal's state (limits, batches,
     * OAuth session, figures) is the client's, kept while any exchange holds it and for the idle time after, so taking
     * it per exchange costs a lookup, and an idle portal can be released. The directory is asked each time whether the
     * portal is still installed.
     *
     * @throws Bitrix24NotifyException PORTAL_NOT_INSTALLED when the directory does not hold the portal
     */
    Bitrix24NotifyService take(String memberId, String method) {
        return open(installed(memberId, method), method);
    }

    /**
     * A service of the portal of its own, for a consumer of one portal: release it when done.
     *
     * @throws Bitrix24NotifyException PORTAL_NOT_INSTALLED when the directory does not hold the portal
     */
    Bitrix24NotifyService open(String memberId, String method) {
        return open(installed(memberId, method), method);
    }

    private PortalRecord installed(String memberId, String method) {
        PortalDirectory directory = configuration.getPortalDirectory();
        return directory.find(memberId).orElseThrow(() -> Bitrix24NotifyException.of(PortalException.notSent(
                Bitrix24NotifyException.PORTAL_NOT_INSTALLED, "The portal with member_id " + memberId + " is not in "
                                                              + directory + ": the application was never installed "
                                                              + "there, or was uninstalled; nothing was sent",
                method, null)));
    }

    /** The portal's client: its address, pair and plan from the directory, the rest from the endpoint. */
    private Bitrix24NotifyService open(PortalRecord portal, String method) {
        Bitrix24NotifyConfiguration settings = configuration.copy();
        settings.setWebhookUrl(null);
        settings.setPortalUrl(portal.clientEndpoint());
        settings.setAccessToken(null);
        settings.setRefreshToken(null);
        settings.setTokenStore(configuration.getPortalDirectory().tokens(portal.memberId()));
        settings.setPlan(portal.plan());
        try {
            return new Bitrix24NotifyService(
                    portals.clients().clientFor(portals.portalSettings(settings)), requests, portals.mapper(),
                    configuration.getRequestTimeout());
        } catch (IllegalArgumentException wrong) {
            // the messages name options and addresses, never a secret
            throw Bitrix24NotifyException.of(PortalException.refused(method, ErrorCodes.PARAMS_ERROR,
                    "The portal with member_id " + portal.memberId() + " cannot be called: " + wrong.getMessage()));
        }
    }
}
