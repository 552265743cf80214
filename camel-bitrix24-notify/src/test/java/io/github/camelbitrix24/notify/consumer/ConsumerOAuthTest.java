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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer of an OAuth application renews an expired access token like the producer and misses nothing. */
class ConsumerOAuthTest extends OAuthTestSupport {

    @Test
    void pollsGoOnAcrossATokenExpiry() throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        sandbox().seed(1).text("before expiry").create();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitrix24-notify:get?initialDelay=0&delay=50&startFrom=ALL").routeId("inbox")
                        .process(exchange -> delivered.add(exchange.getMessage().getBody(Notification.class).text()));
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 1);

        sandbox().oauth().expireAccessTokens();
        sandbox().seed(1).text("after expiry").create();

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 2);
        context.getRouteController().stopRoute("inbox");
        assertThat(delivered).containsExactly("before expiry", "after expiry");
        assertThat(sandbox().oauth().refreshCount()).isEqualTo(1);
        assertThat(sandbox().calls("im.notify.get")).anyMatch(call -> "expired_token".equals(call.errorCode()));
    }
}
