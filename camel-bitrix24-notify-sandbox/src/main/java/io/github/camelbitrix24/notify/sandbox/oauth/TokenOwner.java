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
package io.github.camelbitrix24.notify.sandbox.oauth;

/**
 * Whom a token was issued to: the application, the user it acts as and the portal it acts on.
 *
 * @param clientId the application's client id
 * @param userId   the user the calls act as
 * @param memberId the portal's {@code member_id}: only that portal's REST accepts the token
 */
public record TokenOwner(String clientId, long userId, String memberId) {

    /** Whether the token belongs to that application on that portal. */
    public boolean actsFor(String application, String portal) {
        return clientId.equals(application) && memberId.equals(portal);
    }
}
