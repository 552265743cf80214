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
package io.github.camelbitrix24.notify.client.oauth;

import java.util.List;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.OAuthTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An OAuth token names its application: tags need no CLIENT_ID, and deleting by tag is not refused without one. */
class OAuthTagsTest extends OAuthTestSupport {

    @Test
    void tagsAreSentWithoutClientIdAndBelongToTheApplication() {
        Exchange exchange = send("bitrix24-notify:notify?userId=5&tag=BUILD_42&subTag=BUILD|42", "Build failed");

        assertThat(exchange.getException()).isNull();
        RecordedCall call = onlyCall("im.notify");
        assertThat(call.param("TAG")).isEqualTo("BUILD_42");
        assertThat(call.param("CLIENT_ID")).isNull();
        StoredNotification stored = sandbox().notifications(5).get(0);
        assertThat(stored.tag()).startsWith("MP|").endsWith("|BUILD_42");
        assertThat(stored.subTag()).startsWith("MP|").endsWith("|BUILD|42");
    }

    @Test
    void batchEntriesWithTagsCarryNoClientIdEither() {
        Exchange exchange = send("bitrix24-notify:notify", List.of(NotificationRequest.to(5, "Tagged").withTag("T1")));

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox().calls("im.notify")).singleElement()
                .satisfies(call -> assertThat(call.param("CLIENT_ID")).isNull());
        assertThat(sandbox().notifications(5).get(0).tag()).endsWith("|T1");
    }

    @Test
    void deleteByTagNeedsNoClientId() {
        send("bitrix24-notify:notify?userId=5&tag=DEPLOY", "Deploying");
        send("bitrix24-notify:notify?userId=6&tag=DEPLOY", "Deploying");

        Exchange deleted = template.request("bitrix24-notify:delete",
                e -> e.getMessage().setHeader(Bitrix24NotifyConstants.TAG, "DEPLOY"));

        assertThat(deleted.getException()).isNull();
        assertThat(deleted.getMessage().getBody()).isEqualTo(true);
        assertThat(onlyCall("im.notify.delete").param("CLIENT_ID")).isNull();
        assertThat(sandbox().notifications(5)).isEmpty();
        assertThat(sandbox().notifications(6)).isEmpty();
    }
}
