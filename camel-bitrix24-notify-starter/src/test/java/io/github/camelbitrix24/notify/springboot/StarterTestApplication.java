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
package io.github.camelbitrix24.notify.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The smallest application a starter user writes: a route, and the portal in application.yaml. */
@SpringBootApplication
public class StarterTestApplication {

    @Bean
    RouteBuilder alertRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:alert").routeId("alert")
                        .to("bitrix24-notify:notify?userId={{alert.user-id}}&tag=STARTER_TEST");
            }
        };
    }
}
