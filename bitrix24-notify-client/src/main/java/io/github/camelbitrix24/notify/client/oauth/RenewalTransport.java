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
package io.github.camelbitrix24.notify.client.oauth;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.HttpTransport;
import io.github.camelbitrix24.notify.client.call.PortalException;

/**
 * The HTTP client renewals go out through, while the clients that own it run. A session outlives a stop of its clients
 * (so that its renewed pair survives a restart), and a renewal may start after that stop: it must neither bring a
 * closed client back nor create one that nobody would close.
 */
public interface RenewalTransport {

    /**
     * The HTTP client to renew with.
     *
     * @throws PortalException {@link ErrorCodes#STOPPED} once the clients have stopped
     */
    HttpTransport get();

    /** Whether the clients have stopped: a renewal still waiting for the token store's lock gives up. */
    boolean stopped();
}
