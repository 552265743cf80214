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
package io.github.camelbitrix24.notify.apps;

import io.github.camelbitrix24.notify.client.config.PortalRecord;

/**
 * Told by {@link Bitrix24AppEvents} when a portal installs or removes the application, after the directory changed: the
 * place to drop what the application keeps of a portal outside the directory (its endpoint, caches, data).
 * Implementations must be quick and not throw: the portal waits for the handler's answer.
 */
public interface PortalInstallListener {

    /** Does nothing. */
    PortalInstallListener NONE = new PortalInstallListener() {
    };

    /** The portal was registered (a first installation or a re-installation); its record never shows a token. */
    default void installed(PortalRecord portal) {
    }

    /** The portal uninstalled the application: its record is gone from the directory. */
    default void removed(String memberId) {
    }
}
