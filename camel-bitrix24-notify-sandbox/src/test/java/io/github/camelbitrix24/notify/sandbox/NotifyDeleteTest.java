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

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotifyDeleteTest extends PortalTestSupport {

    @Test
    void deletesTheCallersNotificationById() {
        long id = sandbox.seed(1).text("a").create();

        PortalHttpCaller.Reply reply = client.json("im.notify.delete", Map.of("ID", id));

        assertThat(reply.result().asBoolean()).isTrue();
        assertThat(sandbox.notification(id)).isEmpty();
    }

    @Test
    void answersFalseForAnIdTheCallerDoesNotHave() {
        long others = sandbox.seed(2).text("a").create();

        assertThat(client.json("im.notify.delete", Map.of("ID", others)).result().asBoolean()).isFalse();
        assertThat(client.json("im.notify.delete", Map.of("ID", others + 1)).result().asBoolean()).isFalse();
        assertThat(sandbox.notification(others)).isPresent();
    }

    @Test
    void deletesTheApplicationsTaggedNotificationsOfEveryUser() {
        long mine = send(1, "TAG", "BUILD");
        long theirs = send(2, "TAG", "BUILD");
        long otherApp = new PortalHttpCaller(sandbox.webhookUrl()).json("im.notify",
                Map.of("USER_ID", 1, "MESSAGE", "m", "TAG", "BUILD", "CLIENT_ID", "other.app")).result().asLong();

        PortalHttpCaller.Reply reply = client.json("im.notify.delete", Map.of("TAG", "BUILD", "CLIENT_ID", "app"));

        assertThat(reply.result().asBoolean()).isTrue();
        assertThat(sandbox.notification(mine)).isEmpty();
        assertThat(sandbox.notification(theirs)).isEmpty();
        assertThat(sandbox.notification(otherApp)).isPresent();
    }

    @Test
    void deletesBySubTag() {
        long id = send(1, "SUB_TAG", "STEP|1");

        assertThat(client.json("im.notify.delete", Map.of("SUB_TAG", "STEP|1", "CLIENT_ID", "app")).result()
                .asBoolean()).isTrue();
        assertThat(sandbox.notification(id)).isEmpty();
        assertThat(client.json("im.notify.delete", Map.of("SUB_TAG", "STEP|1", "CLIENT_ID", "app")).result()
                .asBoolean()).isFalse();
    }

    @Test
    void aWebhookNeedsClientIdToDeleteByTag() {
        PortalHttpCaller.Reply reply = client.json("im.notify.delete", Map.of("TAG", "BUILD"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.error()).isEqualTo("ACCESS_DENIED");
        assertThat(reply.errorDescription()).isEqualTo("Access denied! Client ID not specified");
    }

    @Test
    void needsAnIdATagOrASubTag() {
        PortalHttpCaller.Reply reply = client.json("im.notify.delete", Map.of("CLIENT_ID", "app"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("PARAMS_ERROR");
        assertThat(reply.errorDescription()).isEqualTo("Incorrect params");
    }

    private long send(long userId, String tagName, String tag) {
        return client.json("im.notify", Map.of("USER_ID", userId, "MESSAGE", "m", tagName, tag, "CLIENT_ID", "app"))
                .result().asLong();
    }
}
