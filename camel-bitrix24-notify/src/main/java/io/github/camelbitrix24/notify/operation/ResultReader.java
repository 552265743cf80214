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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.model.NotificationModule;
import io.github.camelbitrix24.notify.model.NotificationPage;

/** Turns the {@code result} of a method into the message body the route gets. */
public enum ResultReader {

    /**
     * The id of a new notification. {@code false} is the portal's own answer that it created none: a refusal,
     * {@link ErrorCodes#NOT_CREATED}. Anything else (an object, a list, {@code true}) cannot be read as either: the
     * portal may have created one, so it is an {@link ErrorCodes#INVALID_RESPONSE} of unknown outcome.
     */
    NOTIFICATION_ID {
        private static final int QUOTED = 200;

        @Override
        public Object read(JsonNode result, ObjectMapper mapper, String method) {
            if (result.isIntegralNumber() || result.isTextual() && result.asText().matches("\\d+")) {
                return result.asLong();
            }
            if (result.isBoolean() && !result.booleanValue()) {
                throw PortalException.answered(ErrorCodes.NOT_CREATED,
                        "The portal answered false instead of a notification id: no notification was created", 200,
                        method);
            }
            String quoted = result.toString();
            throw PortalException.unreadableAnswer(ErrorCodes.INVALID_RESPONSE, "The portal answered "
                                                                                + (quoted.length() > QUOTED
                                                                                        ? quoted.substring(0, QUOTED) + "..."
                                                                                        : quoted)
                                                                                + " where a notification id was expected",
                    200, method);
        }
    },

    /** A page of notifications; {@code []} (no notification chat yet) is an empty page. */
    PAGE {
        @Override
        public Object read(JsonNode result, ObjectMapper mapper, String method) {
            return result.isObject() ? mapper.convertValue(result, NotificationPage.class) : NotificationPage.EMPTY;
        }
    },

    /** The notification schema keyed by module; {@code []} is an empty schema. */
    SCHEMA {
        @Override
        public Object read(JsonNode result, ObjectMapper mapper, String method) {
            Map<String, NotificationModule> modules = new LinkedHashMap<>();
            if (result.isObject()) {
                result.fields().forEachRemaining(
                        entry -> modules.put(entry.getKey(), mapper.convertValue(entry.getValue(), NotificationModule.class)));
            }
            return modules;
        }
    },

    /** {@code true}/{@code false}; im.notify.read.all wraps it as {@code {"result": true, "newCounter": 0}}. */
    BOOLEAN {
        @Override
        public Object read(JsonNode result, ObjectMapper mapper, String method) {
            JsonNode flag = result.isObject() ? result.path("result") : result;
            return flag.isBoolean() ? flag.booleanValue() : flag.asBoolean(false);
        }
    },

    /** The handler's messages of answer and confirm; {@code result_message: false} is an empty list. */
    MESSAGES {
        @Override
        public Object read(JsonNode result, ObjectMapper mapper, String method) {
            List<String> messages = new ArrayList<>();
            JsonNode list = result.path("result_message");
            if (list.isArray()) {
                list.forEach(message -> messages.add(message.asText()));
            }
            return messages;
        }
    };

    public abstract Object read(JsonNode result, ObjectMapper mapper, String method);
}
