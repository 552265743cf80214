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

import java.util.Optional;
import java.util.function.Predicate;

import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationPage;

/**
 * What makes every walk of im.notify.get come to an end: a page asked for after LAST_ID holds, in the stage it goes on
 * with, only notifications below it (LAST_TYPE 1: confirmations below it, then any others; 3: other notifications below
 * it). A page that breaks this is the portal repeating itself, and following its cursor could walk the same pages
 * forever.
 */
public final class PagingRule {

    private PagingRule() {
    }

    /**
     * Why the page cannot be the one after this cursor; empty when it can, and always for the first page.
     *
     * @param lastId   the LAST_ID the page was asked for with, null for the first page
     * @param lastType the LAST_TYPE it was asked for with
     */
    public static Optional<String> violation(NotificationPage page, Long lastId, Integer lastType) {
        if (lastId == null) {
            return Optional.empty();
        }
        Predicate<Notification> outOfPlace = lastType != null && lastType == NotificationPage.STAGE_CONFIRM
                ? n -> n.isConfirm() && n.id() >= lastId
                : n -> n.isConfirm() || n.id() >= lastId;
        return page.notifications().stream().filter(outOfPlace).findFirst().map(n -> "the page asked for after LAST_ID="
                                                                                     + lastId + " (LAST_TYPE=" + lastType
                                                                                     + ") holds notification " + n.id()
                                                                                     + ", which comes before that "
                                                                                     + "cursor: the portal answered a page again. The walk stops; the next poll starts from the newest page");
    }
}
