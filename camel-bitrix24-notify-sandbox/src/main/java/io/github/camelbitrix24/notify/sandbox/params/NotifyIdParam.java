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
package io.github.camelbitrix24.notify.sandbox.params;

import io.github.camelbitrix24.notify.sandbox.errors.RestError;

/**
 * The notification of {@code im.notify.answer} and {@code im.notify.confirm}: {@code NOTIFY_ID}, or its alias
 * {@code ID}, which wins when both are given.
 */
public final class NotifyIdParam {

    private NotifyIdParam() {
    }

    public static long of(MethodParams params) {
        long id = params.integer(params.isSet("ID") ? "ID" : "NOTIFY_ID");
        if (id <= 0) {
            throw RestError.badRequest("ID_ERROR", "Notification ID can't be empty");
        }
        return id;
    }
}
