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

/** A few build alerts, each tagged with its build number. */
@Component
public class AlertRoutes extends RouteBuilder {

    /** The tag of every alert of this example starts so; the reactions recognize their own alerts by it. */
    static final String ALERT_TAG = "EXAMPLE_BUILD_";

    @Override
    public void configure() {
        from("timer:alerts?period={{example.alerts.period}}&repeatCount={{example.alerts.count}}&includeMetadata=true")
                .routeId("send-alerts")
                .setBody(simple("Build #${exchangeProperty.CamelTimerCounter} is green"))
                .setHeader(Bitrix24NotifyConstants.TAG, simple(ALERT_TAG + "${exchangeProperty.CamelTimerCounter}"))
                .to("bitrix24-notify:notify?userId={{example.user-id}}")
                .log("sent alert: notification ${body}");
    }
}
