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
package io.github.camelbitrix24.notify.sandbox.results;

import java.util.Map;

/**
 * The {@code {"result_message": ...}} result of {@code im.notify.answer} and {@code im.notify.confirm}: the handler's
 * messages, or {@code false} when the notification could not take the action.
 */
public final class ResultMessages {

    private ResultMessages() {
    }

    public static Map<String, Object> of(Object messages) {
        return Map.of("result_message", messages);
    }

    public static Map<String, Object> refused() {
        return of(false);
    }
}
