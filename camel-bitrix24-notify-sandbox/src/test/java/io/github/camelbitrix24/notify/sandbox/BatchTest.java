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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BatchTest extends PortalTestSupport {

    @Test
    void runsEveryCommandAndAnswersEmptyMapsAsArrays() {
        PortalHttpCaller.Reply reply = client.json("batch", Map.of("halt", 0, "cmd", commands(
                "first", "im.notify?USER_ID=2&MESSAGE=Hello%20there",
                "second", "im.notify.system.add?USER_ID=2&MESSAGE=Backup",
                "read", "im.notify.read.all")));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode result = reply.result();
        long first = result.get("result").get("first").asLong();
        assertThat(sandbox.notification(first).orElseThrow().text()).isEqualTo("Hello there");
        assertThat(result.get("result").get("read").toString()).isEqualTo("{\"result\":true,\"newCounter\":0}");
        assertThat(result.get("result_error").toString()).isEqualTo("[]");
        assertThat(result.get("result_total").toString()).isEqualTo("[]");
        assertThat(result.get("result_next").toString()).isEqualTo("[]");
        assertThat(result.get("result_time").get("first").has("duration")).isTrue();
        assertThat(reply.body().get("time").has("operating_reset_at")).isTrue();
    }

    @Test
    void recordsTheBatchAndThenEachCommand() {
        client.json("batch", Map.of("cmd", commands("a", "im.notify?USER_ID=2&MESSAGE=x", "b", "im.notify.get")));

        assertThat(sandbox.calls()).extracting(RecordedCall::method, RecordedCall::inBatch).containsExactly(
                tuple("batch", false),
                tuple("im.notify", true),
                tuple("im.notify.get", true));
        assertThat(sandbox.calls("im.notify").get(0).param("MESSAGE")).isEqualTo("x");
        assertThat(sandbox.httpRequestCount()).isEqualTo(1);
    }

    @Test
    void collectsEachCommandsErrorAndGoesOn() {
        PortalHttpCaller.Reply reply = client.json("batch", Map.of("cmd", commands(
                "bad", "im.notify?USER_ID=0&MESSAGE=x",
                "good", "im.notify?USER_ID=2&MESSAGE=x",
                "unknown", "im.unknown")));

        JsonNode result = reply.result();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(result.get("result_error").get("bad").toString())
                .isEqualTo("{\"error\":\"USER_ID_EMPTY\",\"error_description\":\"User ID can't be empty\"}");
        assertThat(result.get("result_error").get("unknown").get("error").asText()).isEqualTo("ERROR_METHOD_NOT_FOUND");
        assertThat(result.get("result").has("good")).isTrue();
        assertThat(result.get("result_time").has("bad")).isFalse();
        assertThat(sandbox.calls("im.notify").get(0).httpStatus()).isEqualTo(400);
    }

    @Test
    void haltStopsAtTheFirstError() {
        PortalHttpCaller.Reply reply = client.json("batch", Map.of("halt", true, "cmd", commands(
                "bad", "im.notify?USER_ID=0&MESSAGE=x",
                "good", "im.notify?USER_ID=2&MESSAGE=x")));

        assertThat(reply.result().get("result").toString()).isEqualTo("[]");
        assertThat(reply.result().get("result_error").has("bad")).isTrue();
        assertThat(sandbox.notifications(2)).isEmpty();
    }

    @Test
    void aListOfCommandsGivesListsOfResults() {
        PortalHttpCaller.Reply reply = client.json("batch", Map.of("cmd",
                List.of("im.notify?USER_ID=2&MESSAGE=a", "im.notify?USER_ID=2&MESSAGE=b")));

        assertThat(reply.result().get("result").isArray()).isTrue();
        assertThat(reply.result().get("result")).hasSize(2);
        assertThat(reply.result().get("result_time").isArray()).isTrue();
    }

    @Test
    void commandsPastTheFiftiethFail() {
        List<String> commands = IntStream.rangeClosed(1, 51).mapToObj(i -> "im.notify?USER_ID=2&MESSAGE=n" + i).toList();

        PortalHttpCaller.Reply reply = client.json("batch", Map.of("cmd", commands));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().get("result").size()).isEqualTo(50);
        assertThat(reply.result().get("result_error").get("50").toString())
                .isEqualTo("{\"error\":\"ERROR_BATCH_LENGTH_EXCEEDED\",\"error_description\":\"Max batch length exceeded\"}");
        assertThat(sandbox.notifications(2)).hasSize(50);
    }

    @Test
    void aBatchInsideABatchIsNotAllowed() {
        PortalHttpCaller.Reply reply = client.json("batch",
                Map.of("cmd", commands("inner", "batch?cmd[x]=im.notify.get")));

        assertThat(reply.result().get("result_error").get("inner").get("error").asText())
                .isEqualTo("ERROR_BATCH_METHOD_NOT_ALLOWED");
        assertThat(sandbox.calls("im.notify.get")).isEmpty();
    }

    @Test
    void acceptsAFormEncodedBatch() {
        PortalHttpCaller.Reply reply = client.form("batch", PortalHttpCaller.form(
                "cmd[hello]", "im.notify?USER_ID=2&MESSAGE=" + "Hello%20%26%20welcome",
                "cmd[ids]", "im.notify.read.list?IDS[]=1&IDS[]=2",
                "halt", "1"));

        long id = reply.result().get("result").get("hello").asLong();
        assertThat(sandbox.notification(id).orElseThrow().text()).isEqualTo("Hello & welcome");
        assertThat(reply.result().get("result").get("ids").asBoolean()).isTrue();
        assertThat(sandbox.calls("im.notify.read.list").get(0).params()).containsEntry("IDS", List.of("1", "2"));
    }

    private static Map<String, String> commands(String... idsAndCommands) {
        Map<String, String> commands = new LinkedHashMap<>();
        for (int i = 0; i < idsAndCommands.length; i += 2) {
            commands.put(idsAndCommands[i], idsAndCommands[i + 1]);
        }
        return commands;
    }
}
