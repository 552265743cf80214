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
package io.github.camelbitrix24.notify.sandbox.store;

import io.github.camelbitrix24.notify.sandbox.StoredNotification;

/**
 * Marking a user's notifications read or unread, with the portal's rules: id 0 reads them all; marking unread needs an
 * existing notification and also unmarks the others sharing its tag.
 */
public final class ReadMarks {

    private final NotificationStore store;

    public ReadMarks(NotificationStore store) {
        this.store = store;
    }

    public void markRead(long userId, long id, boolean andNewer) {
        if (id < 0) {
            return;
        }
        store.setRead(userId, n -> id == 0 || selected(n, id, andNewer), true);
    }

    public void markUnread(long userId, long id, boolean andNewer) {
        if (id <= 0) {
            return;
        }
        store.find(id).filter(start -> start.userId() == userId).ifPresent(start -> store.setRead(userId,
                n -> selected(n, id, andNewer) || (!start.tag().isEmpty() && start.tag().equals(n.tag())), false));
    }

    private static boolean selected(StoredNotification notification, long id, boolean andNewer) {
        return andNewer ? notification.id() >= id : notification.id() == id;
    }
}
