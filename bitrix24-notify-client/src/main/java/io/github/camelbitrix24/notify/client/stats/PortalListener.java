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
package io.github.camelbitrix24.notify.client.stats;

/**
 * Hears of the portals a client is in use for: one appears when the first client of it is asked for, and goes when the
 * last one is released. Health checks and meters follow them; the listener is told on the thread that asked for or
 * released the client, so it does little.
 */
public interface PortalListener {

    /** A portal is in use: here are its figures and health, read when asked. */
    void portalAppeared(PortalReader portal);

    /** No client of the portal is in use any more. */
    void portalGone(String portal);
}
