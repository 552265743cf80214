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
package io.github.camelbitrix24.notify.docs.examples;

import java.util.List;

import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference's Map bodies (snippets/json-body.camel.yaml): JSON unmarshalled in a YAML route is sent as the
 * notification it describes, a JSON array as a list body, through camel-main against the sandbox.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonBodyExamplesTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    private CamelMainRun camel;

    @BeforeAll
    void startCamel() {
        camel = new CamelMainRun().routeFiles("classpath:snippets/json-body.camel.yaml")
                .property("camel.component.bitrix24-notify.webhookUrl", sandbox().webhookUrl())
                .property("camel.component.bitrix24-notify.clientId", "docs.examples")
                .start();
    }

    @AfterAll
    void stopCamel() {
        camel.close();
    }

    @BeforeEach
    void freshPortal() {
        sandbox().reset();
    }

    @Test
    void aJsonObjectIsSentAsTheNotificationItDescribes() {
        Long id = camel.template().requestBody("direct:build-event",
                "{\"USER_ID\": 5, \"MESSAGE\": \"Build #42 failed\", \"TAG\": \"BUILD_42\"}", Long.class);

        assertThat(sandbox().notifications(5)).singleElement().satisfies(stored -> {
            assertThat(stored.id()).isEqualTo(id);
            assertThat(stored.text()).isEqualTo("Build #42 failed");
        });
        assertThat(sandbox().calls("im.notify.personal.add")).singleElement()
                .satisfies(call -> assertThat(call.param("TAG")).isEqualTo("BUILD_42"));
    }

    @Test
    void aJsonArrayIsSentThroughBatch() {
        List<?> ids = camel.template().requestBody("direct:build-events",
                "[{\"USER_ID\": 5, \"MESSAGE\": \"Build #42 failed\"}, {\"user_id\": 7, \"message\": \"Build #43 passed\"}]",
                List.class);

        assertThat(ids).hasSize(2).doesNotContainNull();
        assertThat(sandbox().calls("batch")).hasSize(1);
        assertThat(sandbox().notifications(5)).extracting(StoredNotification::text).containsExactly("Build #42 failed");
        assertThat(sandbox().notifications(7)).extracting(StoredNotification::text).containsExactly("Build #43 passed");
    }

    @Test
    void aKeyThePortalWouldNotTakeIsRefusedByName() {
        Exchange failed = camel.template().request("direct:build-event", exchange -> exchange.getMessage()
                .setBody("{\"USER_ID\": 5, \"MESSAGE\": \"Build #42 failed\", \"CHAT_ID\": 12}"));

        assertThat(failed.getException()).isInstanceOfSatisfying(Bitrix24NotifyException.class, refused -> {
            assertThat(refused.getErrorCode()).isEqualTo("PARAMS_ERROR");
            assertThat(refused.getMessage()).contains("CHAT_ID");
        });
        assertThat(sandbox().calls()).isEmpty();
    }

    private static Bitrix24Sandbox sandbox() {
        return PORTAL.sandbox();
    }
}
