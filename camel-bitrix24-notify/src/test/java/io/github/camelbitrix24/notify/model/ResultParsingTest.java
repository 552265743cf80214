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
package io.github.camelbitrix24.notify.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.client.call.BitrixJson;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.operation.ResultReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The result shapes of the documentation, quirks included, read into the typed model. */
class ResultParsingTest {

    private final ObjectMapper mapper = BitrixJson.newMapper();

    private Object read(ResultReader reader, String json) throws Exception {
        return reader.read(mapper.readTree(json), mapper, "im.notify.test");
    }

    @Test
    void documentedGetPage() throws Exception {
        NotificationPage page = (NotificationPage) read(ResultReader.PAGE, """
                {"total_count":120,"total_unread_count":5,"chat_id":77,
                 "notifications":[{"id":1500,"chat_id":77,"author_id":1,"date":"2026-03-03T09:00:00+03:00",
                   "notify_type":2,"notify_module":"rest","notify_event":"rest_notify",
                   "notify_tag":"MP|12345|TASK_42","notify_sub_tag":"MP|12345|TASK|42","notify_title":"",
                   "setting_name":"rest|rest_notify","text":"Reminder","notify_read":"N","params":null}],
                 "users":[{"id":1,"active":true,"name":"John Smith","first_name":"John","last_name":"Smith",
                   "work_position":"","color":"#1eb4aa","avatar":"a","avatar_hr":"b","gender":"M","birthday":"15-05",
                   "extranet":false,"network":false,"bot":false,"connector":false,"external_auth_id":"socservices",
                   "status":"online","idle":false,"last_activity_date":"2026-03-03T15:04:20+02:00",
                   "mobile_last_date":false,"desktop_last_date":false,"absent":false,"departments":[1],
                   "phones":{"work_phone":"+11234567890","inner_phone":"22"},"bot_data":null,"type":"user",
                   "website":"example.com","email":"john@example.com"}]}
                """);

        assertThat(page.totalCount()).isEqualTo(120);
        assertThat(page.totalUnreadCount()).isEqualTo(5);
        assertThat(page.chatId()).isEqualTo(77);
        Notification notification = page.notifications().get(0);
        assertThat(notification.id()).isEqualTo(1500);
        assertThat(notification.date().getOffset().getTotalSeconds()).isEqualTo(3 * 3600);
        assertThat(notification.tag()).isEqualTo("MP|12345|TASK_42");
        assertThat(notification.read()).isFalse();
        assertThat(notification.params()).isEmpty();
        assertThat(notification.buttons()).isEmpty();
        assertThat(page.nextLastId()).isEqualTo(1500);
        assertThat(page.nextLastType()).isEqualTo(NotificationPage.STAGE_REGULAR);
        NotificationUser user = page.user(1).orElseThrow();
        assertThat(user.absent()).isNull();
        assertThat(user.phones()).containsEntry("inner_phone", "22");
    }

    @Test
    void userWithoutNotificationsHasNoCounters() throws Exception {
        NotificationPage page = (NotificationPage) read(ResultReader.PAGE, "{\"notifications\":[],\"users\":[]}");

        assertThat(page.isEmpty()).isTrue();
        assertThat(page.totalCount()).isNull();
        assertThat(page.nextLastType()).isNull();
    }

    @Test
    void emptyArrayInsteadOfAPageIsAnEmptyPage() throws Exception {
        assertThat(read(ResultReader.PAGE, "[]")).isEqualTo(NotificationPage.EMPTY);
    }

    @Test
    void confirmNotificationButtonsFromTheKeyboardString() throws Exception {
        NotificationPage page = (NotificationPage) read(ResultReader.PAGE,
                """
                        {"notifications":[{"id":9,"author_id":0,"notify_type":1,"notify_read":"Y","params":[],
                          "notify_buttons":"[{\\"TEXT\\":\\"Accept\\",\\"COMMAND\\":\\"notifyConfirm\\",\\"COMMAND_PARAMS\\":\\"9|Y\\"},{\\"TYPE\\":\\"NEWLINE\\"},\
                        {\\"TEXT\\":\\"Decline\\",\\"COMMAND\\":\\"notifyConfirm\\",\\"COMMAND_PARAMS\\":\\"9|N\\"}]"}],
                         "users":[{"id":1,"phones":false,"absent":"2026-03-10T00:00:00+00:00"}]}
                        """);

        Notification confirm = page.notifications().get(0);
        assertThat(confirm.isConfirm()).isTrue();
        assertThat(confirm.read()).isTrue();
        assertThat(confirm.params()).isEmpty();
        assertThat(confirm.buttons()).containsExactly(new NotificationButton("Accept", "Y"),
                new NotificationButton("Decline", "N"));
        assertThat(page.nextLastType()).isEqualTo(NotificationPage.STAGE_CONFIRM);
        assertThat(page.users().get(0).phones()).isEmpty();
        assertThat(page.users().get(0).absent()).startsWith("2026-03-10");
    }

    @Test
    void historySearchPageCarriesTotalResults() throws Exception {
        NotificationPage page = (NotificationPage) read(ResultReader.PAGE,
                "{\"chat_id\":77,\"total_results\":1,\"notifications\":[{\"id\":1500,\"notify_type\":2}],\"users\":[]}");

        assertThat(page.totalResults()).isEqualTo(1);
        assertThat(page.totalCount()).isNull();
    }

    @Test
    void notificationIdOrAFailureForFalse() throws Exception {
        assertThat(read(ResultReader.NOTIFICATION_ID, "12345")).isEqualTo(12345L);
        assertThatThrownBy(() -> read(ResultReader.NOTIFICATION_ID, "false"))
                .isInstanceOfSatisfying(PortalException.class, error -> {
                    assertThat(error.getErrorCode()).isEqualTo(ErrorCodes.NOT_CREATED);
                    assertThat(error.isOutcomeUnknown()).as("the portal's own answer").isFalse();
                });
    }

    @Test
    void anythingElseWhereAnIdIsExpectedCannotBeReadAndLeavesTheOutcomeUnknown() {
        for (String result : List.of("{\"ID\":12345}", "[12345]", "true", "null", "\"twelve\"")) {
            assertThatThrownBy(() -> read(ResultReader.NOTIFICATION_ID, result)).as(result)
                    .isInstanceOfSatisfying(PortalException.class, error -> {
                        assertThat(error.getErrorCode()).isEqualTo(ErrorCodes.INVALID_RESPONSE);
                        assertThat(error.isOutcomeUnknown()).isTrue();
                        assertThat(error.getMessage()).contains("outcome is unknown").doesNotContain("not created");
                    });
        }
    }

    @Test
    void booleansPlainAndWrapped() throws Exception {
        assertThat(read(ResultReader.BOOLEAN, "true")).isEqualTo(true);
        assertThat(read(ResultReader.BOOLEAN, "false")).isEqualTo(false);
        assertThat(read(ResultReader.BOOLEAN, "{\"result\":true,\"newCounter\":0}")).isEqualTo(true);
        assertThat(read(ResultReader.BOOLEAN, "{\"result\":false,\"newCounter\":0}")).isEqualTo(false);
    }

    @Test
    void resultMessagesOrFalse() throws Exception {
        assertThat(read(ResultReader.MESSAGES, "{\"result_message\":[\"Invitation accepted\"]}"))
                .isEqualTo(List.of("Invitation accepted"));
        assertThat(read(ResultReader.MESSAGES, "{\"result_message\":false}")).isEqualTo(List.of());
    }

    @Test
    void schemaOrEmptyArray() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, NotificationModule> schema = (Map<String, NotificationModule>) read(ResultReader.SCHEMA,
                "{\"tasks\":{\"NAME\":\"Tasks\",\"MODULE_ID\":\"tasks\",\"LIST\":[{\"ID\":\"tasks|task_update\",\"NAME\":\"Task Updates\"}]}}");

        assertThat(schema.get("tasks").events()).extracting(NotificationModule.NotificationEvent::id)
                .containsExactly("tasks|task_update");
        assertThat(read(ResultReader.SCHEMA, "[]")).isEqualTo(Map.of());
    }
}
