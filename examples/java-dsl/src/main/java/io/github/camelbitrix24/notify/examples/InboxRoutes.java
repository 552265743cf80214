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
package io.github.camelbitrix24.notify.examples;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import org.apache.camel.builder.RouteBuilder;

import static io.github.camelbitrix24.notify.dsl.Bitrix24NotifyEndpointBuilderFactory.bitrix24Notify;

/**
 * Reacts to the webhook user's notifications: prints each new one, oldest first, and presses the first button
 * ("Accept") of every confirm-type notification.
 */
public class InboxRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from(bitrix24Notify("get").startFrom("{{inbox.startFrom:UNREAD}}").delay("{{inbox.delay:10000}}")).routeId("inbox")
                .log("#${body.id} from user ${body.authorId} (${body.module}|${body.event}): ${body.text}")
                .filter(simple("${body.confirm}"))
                    .setHeader(Bitrix24NotifyConstants.NOTIFY_VALUE, simple("${body.buttons[0].value}"))
                    .to(bitrix24Notify("confirm"))
                    .log("  pressed '${header." + Bitrix24NotifyConstants.NOTIFY_VALUE + "}': ${body}")
                .end();
    }
}
