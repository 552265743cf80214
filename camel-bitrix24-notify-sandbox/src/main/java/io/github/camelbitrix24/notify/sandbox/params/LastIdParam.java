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
 * The {@code LAST_ID} paging cursor: digits only, as the portal checks it.
 */
public final class LastIdParam {

    private LastIdParam() {
    }

    public static long of(MethodParams params) {
        String text = params.text("LAST_ID");
        if (text == null || !text.matches("\\d{1,18}")) {
            throw RestError.badRequest("LAST_ID_STRING", "Last notification ID can't be string");
        }
        return Long.parseLong(text);
    }
}
