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
package io.github.camelbitrix24.notify.producer;

import java.util.List;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** read, readList and readAll change the read flags on the portal. */
class ReadStateOperationsTest extends SandboxTestSupport {

    @Test
    void readMarksOnlyTheGivenNotificationByDefault() {
        long first = sandbox().seed(1).text("first").create();
        long second = sandbox().seed(1).text("second").create();

        Boolean done = template.requestBody("bitrix24-notify:read?notifyId=" + first, null, Boolean.class);

        assertThat(done).isTrue();
        RecordedCall call = onlyCall("im.notify.read");
        assertThat(call.param("ID")).isEqualTo(String.valueOf(first));
        assertThat(call.param("ONLY_CURRENT")).isEqualTo("Y");
        assertThat(call.param("ACTION")).isEqualTo("Y");
        assertThat(read(first)).isTrue();
        assertThat(read(second)).isFalse();
    }

    @Test
    void readWithOnlyCurrentFalseAlsoMarksNewerOnes() {
        long first = sandbox().seed(1).text("first").create();
        long second = sandbox().seed(1).text("second").create();

        template.requestBodyAndHeader("bitrix24-notify:read?onlyCurrent=false", null, Bitrix24NotifyConstants.ID, first);

        assertThat(onlyCall("im.notify.read").param("ONLY_CURRENT")).isEqualTo("N");
        assertThat(read(first)).isTrue();
        assertThat(read(second)).isTrue();
    }

    @Test
    void readCanMarkUnreadAgain() {
        long id = sandbox().seed(1).text("seen").read(true).create();

        template.requestBodyAndHeader("bitrix24-notify:read?notifyId=" + id, null, Bitrix24NotifyConstants.MARK_READ, false);

        assertThat(onlyCall("im.notify.read").param("ACTION")).isEqualTo("N");
        assertThat(read(id)).isFalse();
    }

    @Test
    void readListTakesIdsFromTheHeader() {
        long first = sandbox().seed(1).text("first").create();
        long second = sandbox().seed(1).text("second").create();
        long third = sandbox().seed(1).text("third").create();

        Boolean done = template.requestBodyAndHeader("bitrix24-notify:readList", null, Bitrix24NotifyConstants.IDS,
                first + "," + third, Boolean.class);

        assertThat(done).isTrue();
        assertThat(onlyCall("im.notify.read.list").param("IDS")).isEqualTo("[" + first + "," + third + "]");
        assertThat(read(first)).isTrue();
        assertThat(read(second)).isFalse();
        assertThat(read(third)).isTrue();
    }

    @Test
    void readListMarkUnreadWithAnArrayBody() {
        long first = sandbox().seed(1).text("first").read(true).create();

        template.requestBody("bitrix24-notify:readList?markRead=false", new long[] { first }, Boolean.class);

        assertThat(onlyCall("im.notify.read.list").param("ACTION")).isEqualTo("N");
        assertThat(read(first)).isFalse();
    }

    @Test
    void readAllMarksEverythingRead() {
        sandbox().seed(1).text("first").create();
        sandbox().seed(1).confirm().text("second").button("OK", "Y").create();

        Boolean done = template.requestBody("bitrix24-notify:readAll", null, Boolean.class);

        assertThat(done).isTrue();
        assertThat(onlyCall("im.notify.read.all").params()).isEmpty();
        List<StoredNotification> all = sandbox().notifications(1);
        assertThat(all).hasSize(2).allMatch(StoredNotification::read);
    }

    private boolean read(long id) {
        return sandbox().notification(id).orElseThrow().read();
    }
}
