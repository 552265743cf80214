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
package io.github.camelbitrix24.notify.compat.springboot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelbitrix24.notify.model.Notification;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A user's application on the starter: the portal comes from application.properties
 * ({@code camel.component.bitrix24-notify.*}), a route sends, a route consumes the inbox.
 */
@SpringBootApplication
public class CompatApplication {

    /** What the inbox route consumed, in order. */
    @Bean
    List<Notification> inbox() {
        return new CopyOnWriteArrayList<>();
    }

    @Bean
    RouteBuilder notifyRoutes(List<Notification> inbox) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deploy-finished").routeId("send")
                        .to("bitrix24-notify:notify?userId={{compat.user-id}}&type=SYSTEM&tag=COMPAT_DEPLOY");

                from("bitrix24-notify:get?initialDelay=0&delay=200").routeId("inbox")
                        .process(exchange -> inbox.add(exchange.getMessage().getBody(Notification.class)));
            }
        };
    }
}
