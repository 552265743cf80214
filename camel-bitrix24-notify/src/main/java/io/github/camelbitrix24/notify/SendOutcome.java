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

/**
 * What became of one notification of a list body: its new id, or the error that stopped it.
 *
 * @param id    the id of the new notification, or null when it failed
 * @param error why it was not sent, located at its index in the list; null when it was
 */
public record SendOutcome(Object id, Bitrix24NotifyException error) {

    public boolean isSent() {
        return error == null;
    }
}
