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

import java.util.Map;

/**
 * Whether an operation's call may be sent again when the portal may already have run it (the connection broke, no
 * answer came in time, a 5xx): reads and read marks may; a send only with a TAG, which makes the copy replace the first
 * (the portal applies tags of webhook calls only with CLIENT_ID); answers, confirmations and deletions never, as the
 * copy would be answered differently or act twice. The operation table names one per operation, and each request is
 * stamped with its answer where it is built.
 */
public enum RepeatSafety {

    /** A copy changes nothing more than the first did. */
    ALWAYS,
    /** A copy replaces the first when the request has a TAG and CLIENT_ID. */
    WITH_TAG,
    /** A copy would be answered differently or act twice. */
    NEVER;

    /** Whether a request with these parameters (wire names) is harmless to repeat. */
    public boolean repeatable(Map<String, Object> params) {
        return switch (this) {
            case ALWAYS -> true;
            case WITH_TAG -> given(params, NotifyParameter.TAG) && given(params, NotifyParameter.CLIENT_ID);
            case NEVER -> false;
        };
    }

    private static boolean given(Map<String, Object> params, NotifyParameter parameter) {
        Object value = params.get(parameter.wireName());
        return value != null && !value.toString().isBlank();
    }
}
