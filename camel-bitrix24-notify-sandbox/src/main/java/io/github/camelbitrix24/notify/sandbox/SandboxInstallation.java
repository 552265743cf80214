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
package io.github.camelbitrix24.notify.sandbox;

import java.net.URI;
import java.util.Optional;

/**
 * An application installed on a portal: the pair the portal gave it when it was installed, and the
 * {@code application_token} that authenticates the portal's events to it (one per portal and application).
 *
 * @param clientId         the application's client id
 * @param memberId         the portal's {@code member_id}
 * @param tokens           the first pair, acting as the user who installed it (user 1, the portal's administrator)
 * @param applicationToken the token every event of this portal to this application carries in
 *                         {@code auth[application_token]}
 * @param handler          the application's handler URL, where the portal posts the installation and the events; empty
 *                         when the application has none
 */
public record SandboxInstallation(String clientId, String memberId, SandboxTokens tokens, String applicationToken,
        Optional<URI> handler) {

    /** Never shows the tokens. */
    @Override
    public String toString() {
        return "SandboxInstallation[clientId=" + clientId + ", memberId=" + memberId + "]";
    }
}
