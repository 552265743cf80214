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
package io.github.camelbitrix24.notify.operation;

import java.util.List;
import java.util.Map;

import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.RequestKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The operation table stamps each request with what it is, once: the client's policies only read it. */
class RequestKindsTest {

    private static final Map<String, Object> NOTIFICATION = Map.of("USER_ID", 5, "MESSAGE", "Hi");

    @Test
    void eachOperationsRequestsHaveItsKind() {
        for (Bitrix24Operation send : List.of(Bitrix24Operation.NOTIFY, Bitrix24Operation.PERSONAL_ADD,
                Bitrix24Operation.SYSTEM_ADD)) {
            assertThat(send.request(NOTIFICATION).kind()).as(send.uriName()).isEqualTo(RequestKind.SEND);
        }
        for (Bitrix24Operation read : List.of(Bitrix24Operation.GET, Bitrix24Operation.SCHEMA_GET,
                Bitrix24Operation.HISTORY_SEARCH)) {
            assertThat(read.request(Map.of()).kind()).as(read.uriName()).isEqualTo(RequestKind.READ);
        }
        // read marks, answers, confirmations and deletions change something without creating a notification
        for (Bitrix24Operation action : List.of(Bitrix24Operation.READ, Bitrix24Operation.READ_LIST,
                Bitrix24Operation.READ_ALL, Bitrix24Operation.ANSWER, Bitrix24Operation.CONFIRM,
                Bitrix24Operation.DELETE)) {
            assertThat(action.request(Map.of()).kind()).as(action.uriName()).isEqualTo(RequestKind.ACTION);
        }
    }

    @Test
    void readsAndReadMarksAreRepeatableAnswersConfirmationsAndDeletionsNot() {
        for (Bitrix24Operation operation : List.of(Bitrix24Operation.GET, Bitrix24Operation.SCHEMA_GET,
                Bitrix24Operation.HISTORY_SEARCH, Bitrix24Operation.READ, Bitrix24Operation.READ_LIST,
                Bitrix24Operation.READ_ALL)) {
            assertThat(operation.request(Map.of()).repeatable()).as(operation.uriName()).isTrue();
        }
        for (Bitrix24Operation operation : List.of(Bitrix24Operation.ANSWER, Bitrix24Operation.CONFIRM,
                Bitrix24Operation.DELETE)) {
            assertThat(operation.request(Map.of("NOTIFY_ID", 1, "TAG", "T", "CLIENT_ID", "app")).repeatable())
                    .as(operation.uriName()).isFalse();
        }
    }

    @Test
    void aSendIsRepeatableOnlyWithATagTheCopyReplacesItsFirstBy() {
        Bitrix24Request plain = Bitrix24Operation.NOTIFY.request(NOTIFICATION);
        Bitrix24Request tagged = Bitrix24Operation.SYSTEM_ADD.request(
                Map.of("USER_ID", 5, "MESSAGE", "Hi", "TAG", "BUILD_42", "CLIENT_ID", "app"));
        Bitrix24Request tagIgnored = Bitrix24Operation.NOTIFY.request(Map.of("USER_ID", 5, "MESSAGE", "Hi", "TAG", "BUILD_42"));

        assertThat(plain.repeatable()).isFalse();
        assertThat(tagged.repeatable()).isTrue();
        assertThat(tagIgnored.repeatable()).as("the portal applies a webhook call's TAG only with CLIENT_ID").isFalse();
    }

    @Test
    void aBatchOfSendsIsASendAndItsEntriesKeepTheirKinds() {
        Bitrix24Request send = Bitrix24Operation.NOTIFY.request(NOTIFICATION);
        Bitrix24Request read = Bitrix24Operation.GET.request(Map.of());
        Bitrix24Request mark = Bitrix24Operation.READ_ALL.request(Map.of());

        assertThat(RequestKind.ofBatch(List.of(send, send))).isEqualTo(RequestKind.SEND);
        assertThat(RequestKind.ofBatch(List.of(read, read))).isEqualTo(RequestKind.READ);
        assertThat(RequestKind.ofBatch(List.of(send, read))).isEqualTo(RequestKind.ACTION);
        assertThat(RequestKind.ofBatch(List.of(read, mark))).isEqualTo(RequestKind.ACTION);
        assertThat(List.of(send, read, mark)).extracting(Bitrix24Request::kind)
                .containsExactly(RequestKind.SEND, RequestKind.READ, RequestKind.ACTION);
    }
}
