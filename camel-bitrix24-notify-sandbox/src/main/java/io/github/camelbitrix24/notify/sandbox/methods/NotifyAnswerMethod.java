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
package io.github.camelbitrix24.notify.sandbox.methods;

import java.util.List;

import io.github.camelbitrix24.notify.sandbox.calls.CallContext;
import io.github.camelbitrix24.notify.sandbox.calls.RestMethod;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;
import io.github.camelbitrix24.notify.sandbox.params.MethodParams;
import io.github.camelbitrix24.notify.sandbox.params.NotifyIdParam;
import io.github.camelbitrix24.notify.sandbox.results.ResultMessages;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;

/**
 * {@code im.notify.answer}: records a quick answer on one of the caller's notifications. The result is
 * {@code {"result_message": ["Your response has been successfully sent."]}}, or {@code false} when the caller has no
 * such notification or the trimmed answer is empty.
 */
final class NotifyAnswerMethod implements RestMethod {

    private static final String ANSWER_SENT = "Your response has been successfully sent.";

    private final NotificationStore store;

    NotifyAnswerMethod(NotificationStore store) {
        this.store = store;
    }

    @Override
    public Object execute(CallContext call) {
        MethodParams params = call.params();
        long id = NotifyIdParam.of(params);
        if (params.isEmpty("ANSWER_TEXT")) {
            throw RestError.badRequest("ANSWER_TEXT_ERROR", "ANSWER_TEXT can't be empty");
        }
        String answer = params.trimmedText("ANSWER_TEXT");
        if (answer.isEmpty()) {
            return ResultMessages.refused();
        }
        return store.answer(call.userId(), id, answer)
                .map(answered -> ResultMessages.of(List.of(ANSWER_SENT)))
                .orElseGet(ResultMessages::refused);
    }
}
