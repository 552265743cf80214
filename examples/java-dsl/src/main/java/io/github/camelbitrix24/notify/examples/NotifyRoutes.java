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

import java.util.List;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.model.NotifyType;
import io.github.camelbitrix24.notify.model.attach.Attach;
import org.apache.camel.builder.RouteBuilder;

import static io.github.camelbitrix24.notify.dsl.Bitrix24NotifyEndpointBuilderFactory.bitrix24Notify;

/**
 * Sends one notification of each kind, then reads the webhook user's notifications back. The recipient is the property
 * {@code example.userId}: by default 1, the webhook's own user, so that the page read at the end shows what was sent.
 */
public class NotifyRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:example?repeatCount=1").routeId("send-each-kind")
                .setBody(constant("Build #42 is green"))
                .to(bitrix24Notify("notify").userId("{{example.userId:1}}"))
                .log("notify (personal, TYPE=USER)  -> id ${body}")

                .setBody(constant("Nightly backup finished"))
                .to(bitrix24Notify("notify").userId("{{example.userId:1}}").type(NotifyType.SYSTEM)
                        .messageOut("Backup finished (e-mail text)"))
                .log("notify (TYPE=SYSTEM)          -> id ${body}")

                .setBody(constant("Lunch at 13:00?"))
                .to(bitrix24Notify("personalAdd").userId("{{example.userId:1}}"))
                .log("personalAdd                   -> id ${body}")

                .setHeader(Bitrix24NotifyConstants.ATTACH, constant(Attach.builder()
                        .color("#29619b")
                        .message("Deploy of [B]billing[/B] to production")
                        .grid(Attach.grid().item("Version", "2.4.1").item("Duration", "3 min"))
                        .build()))
                .setBody(constant("Deploy finished"))
                .to(bitrix24Notify("systemAdd").userId("{{example.userId:1}}"))
                .removeHeader(Bitrix24NotifyConstants.ATTACH)
                .log("systemAdd with ATTACH         -> id ${body}")

                .setBody(constant(List.of(
                        NotificationRequest.of("Batch 1 of 3"),
                        NotificationRequest.of("Batch 2 of 3").withType("SYSTEM"),
                        NotificationRequest.of("Batch 3 of 3"))))
                .to(bitrix24Notify("notify").userId("{{example.userId:1}}"))
                .log("notify, list body via batch   -> ids ${body}")

                .to(bitrix24Notify("get").limit(10))
                .log("get: the portal now holds ${body.totalCount} notification(s) for the webhook's user; newest first:")
                .split(simple("${body.notifications}"))
                .log("  #${body.id} type=${body.typeName} read=${body.read} text=${body.text}")
                .end();
    }
}
