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
package io.github.camelbitrix24.notify.consumer;

import io.github.camelbitrix24.notify.model.NotificationPage;

/**
 * One im.notify.get page: the first page without a cursor, or the page after LAST_ID / LAST_TYPE. Fails with a
 * {@code Bitrix24NotifyException}.
 */
@FunctionalInterface
public interface PageSource {

    /** A LAST_ID below every notification id: no notification is older than it. */
    long BELOW_EVERY_ID = 1;

    NotificationPage fetch(Long lastId, Integer lastType);

    /**
     * The newest regular notifications, however many confirm-type ones are pending: asks to go on with the
     * confirmations below the first id, of which there are none, and the portal fills such a page with the other
     * notifications from the newest, as it does whenever the confirmations run short. One request instead of a page per
     * {@code limit} pending confirmations.
     */
    default NotificationPage newestRegulars() {
        return fetch(BELOW_EVERY_ID, NotificationPage.STAGE_CONFIRM);
    }
}
