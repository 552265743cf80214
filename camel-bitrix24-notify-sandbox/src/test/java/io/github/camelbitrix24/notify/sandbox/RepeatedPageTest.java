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

/** {@link SandboxFaults#repeatPageNext}: a portal whose paging does not move on. */
class RepeatedPageTest extends PortalTestSupport {

    @Test
    void answersThePageAgainWhateverTheCursorAsksFor() {
        sandbox.seed(1).text("n%d").createMany(5);
        sandbox.faults().repeatPageNext("im.notify.get", 2);

        List<Long> first = ids(client.json("im.notify.get", Map.of("LIMIT", 2)));
        long lastId = first.get(1);
        List<Long> again = ids(client.json("im.notify.get", Map.of("LIMIT", 2, "LAST_ID", lastId, "LAST_TYPE", 3)));
        List<Long> stillAgain = ids(client.json("im.notify.get", Map.of("LIMIT", 2, "LAST_ID", lastId, "LAST_TYPE", 3)));
        List<Long> moved = ids(client.json("im.notify.get", Map.of("LIMIT", 2, "LAST_ID", lastId, "LAST_TYPE", 3)));

        assertThat(again).isEqualTo(first);
        assertThat(stillAgain).isEqualTo(first);
        assertThat(moved).allSatisfy(id -> assertThat(id).isLessThan(lastId));
        assertThat(sandbox.calls("im.notify.get")).extracting(call -> call.param("LAST_ID"))
                .containsExactly(null, String.valueOf(lastId), String.valueOf(lastId), String.valueOf(lastId));
    }

    private static List<Long> ids(PortalHttpCaller.Reply reply) {
        return reply.result().get("notifications").findValues("id").stream().map(JsonNode::asLong).toList();
    }
}
