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
package io.github.camelbitrix24.notify.sandbox.calls;

import io.github.camelbitrix24.notify.sandbox.params.MethodParams;

/**
 * What a method knows about its call: who calls (the webhook's user, or the user an OAuth token acts as), for which
 * application (the OAuth token's; null for a webhook) and with which parameters.
 */
public record CallContext(long userId, String applicationId, MethodParams params) {

    /**
     * The application that tags belong to: the OAuth token's, or the one a webhook call names with CLIENT_ID; empty
     * when there is none.
     */
    public String tagOwner() {
        return applicationId != null ? applicationId : params.trimmedText("CLIENT_ID");
    }
}
