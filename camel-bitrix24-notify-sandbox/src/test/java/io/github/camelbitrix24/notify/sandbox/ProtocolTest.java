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
package io.github.camelbitrix24.notify.sandbox;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProtocolTest extends PortalTestSupport {

    @Test
    void answersJsonWithResultAndTime() {
        PortalHttpCaller.Reply reply = client.json("im.notify.read", Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.result().asBoolean()).isTrue();
        JsonNode time = reply.body().get("time");
        assertThat(time.fieldNames()).toIterable().containsExactly("start", "finish", "duration", "processing",
                "date_start", "date_finish", "operating_reset_at", "operating");
        assertThat(time.get("start").isNumber()).isTrue();
        assertThat(time.get("date_start").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
        assertThat(time.get("operating_reset_at").asLong()).isGreaterThan(time.get("start").asLong());
    }

    @Test
    void takesTheJsonSuffixATrailingSlashAndAnyCase() {
        assertThat(client.json("im.notify.get.json", Map.of()).status()).isEqualTo(200);
        assertThat(client.json("im.notify.get/", Map.of()).status()).isEqualTo(200);
        assertThat(client.json("IM.NOTIFY.GET", Map.of()).status()).isEqualTo(200);
        assertThat(sandbox.calls()).extracting(RecordedCall::method).containsOnly("im.notify.get");
    }

    @Test
    void takesPhpStyleParametersFromTheQueryString() {
        List<Long> ids = sandbox.seed(1).text("n%d").createMany(3);

        PortalHttpCaller.Reply reply = client.get(
                "im.notify.read.list.json?IDS[]=" + ids.get(0) + "&IDS%5B%5D=" + ids.get(2));

        assertThat(reply.result().asBoolean()).isTrue();
        assertThat(sandbox.notifications(1).stream().filter(StoredNotification::read).map(StoredNotification::id))
                .containsExactlyInAnyOrder(ids.get(0), ids.get(2));
    }

    @Test
    void parameterNamesIgnoreCase() {
        long id = client.json("im.notify", Map.of("user_id", 3, "message", "lower case")).result().asLong();

        assertThat(sandbox.notification(id).orElseThrow().userId()).isEqualTo(3);
        assertThat(sandbox.calls("im.notify").get(0).param("USER_ID")).isEqualTo("3");
    }

    @Test
    void refusesAWrongWebhookCode() {
        String wrongCode = sandbox.portalUrl() + "/rest/1/wrongcode/";
        String otherUsersCode = sandbox.webhookUrl(2).replace("/rest/2/", "/rest/1/");

        for (String webhook : List.of(wrongCode, otherUsersCode)) {
            PortalHttpCaller.Reply reply = new PortalHttpCaller(webhook).json("im.notify.get", Map.of());
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.error()).isEqualTo("INVALID_CREDENTIALS");
            assertThat(reply.errorDescription()).isEqualTo("Invalid request credentials");
        }
        assertThat(sandbox.calls()).allSatisfy(call -> {
            assertThat(call.userId()).isZero();
            assertThat(call.httpStatus()).isEqualTo(401);
        });
    }

    @Test
    void refusesOAuthCallsWithoutAnAccessToken() {
        PortalHttpCaller.Reply reply = new PortalHttpCaller(sandbox.portalUrl() + "/rest/")
                .json("im.notify.get", Map.of());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("NO_AUTH_FOUND");
        assertThat(reply.errorDescription()).isEqualTo("Wrong authorization data");
    }

    @Test
    void answersUnknownMethodsWithNotFound() {
        PortalHttpCaller.Reply reply = client.json("im.notify.send", Map.of());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("ERROR_METHOD_NOT_FOUND");
        assertThat(reply.errorDescription()).isEqualTo("Method not found!");
        assertThat(sandbox.calls().get(0).errorCode()).isEqualTo("ERROR_METHOD_NOT_FOUND");
    }

    @Test
    void refusesAMalformedJsonBody() {
        PortalHttpCaller.Reply reply = client.rawJson("im.notify", "{\"USER_ID\": 1, ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("INVALID_REQUEST");
        assertThat(sandbox.notifications(1)).isEmpty();
    }

    @Test
    void answersPathsOutsideTheRestApiWithNotFound() {
        assertThat(new PortalHttpCaller(sandbox.portalUrl()).get("index.php").status()).isEqualTo(404);
    }

    @Test
    void describesTheNotificationSchemaByModule() {
        JsonNode schema = client.json("im.notify.schema.get", Map.of()).result();

        assertThat(schema.fieldNames()).toIterable().contains("im", "rest", "tasks", "calendar");
        schema.fields().forEachRemaining(module -> {
            assertThat(module.getValue().get("MODULE_ID").asText()).isEqualTo(module.getKey());
            assertThat(module.getValue().get("NAME").asText()).isNotBlank();
            assertThat(module.getValue().get("LIST")).isNotEmpty().allSatisfy(type -> {
                assertThat(type.get("ID").asText()).startsWith(module.getKey() + "|");
                assertThat(type.get("NAME").asText()).isNotBlank();
            });
        });
    }
}
