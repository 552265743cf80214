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
package io.github.camelbitrix24.notify.examples.springboot;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Reacts to each new notification of the webhook's user (body: a {@code Notification}): logs it, and marks this
 * example's own build alerts read. Other notifications are left unread.
 */
@Component
public class NotificationReactions extends RouteBuilder {

    static final String ROUTE_ID = "react-to-new";

    @Override
    public void configure() {
        // the polling consumer: each new notification once, oldest first; the unread ones already there first
        from("bitrix24-notify:get?startFrom=UNREAD&delay={{example.inbox.poll-period}}").routeId(ROUTE_ID)
                .log("new notification #${body.id} from user ${body.authorId}: ${body.text}")
                .filter(simple("${body.tag} contains '" + AlertRoutes.ALERT_TAG + "'"))
                // the consumer set the header CamelBitrix24NotifyId: read marks this notification
                .to("bitrix24-notify:read")
                .log("marked our alert #${header." + Bitrix24NotifyConstants.ID + "} read");
    }
}
