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
