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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A button of a confirm-type notification. Press it with the {@code confirm} operation and {@code notifyValue} =
 * {@link #value()}.
 *
 * @param title the caption the user sees
 * @param value the value im.notify.confirm expects (NOTIFY_VALUE), e.g. Y or N
 */
public record NotificationButton(String title, String value) {

    /**
     * Reads notify_buttons: the portal sends the keyboard as a JSON string (sometimes as an array) of items with TEXT
     * and COMMAND_PARAMS "id|value".
     */
    static final class FromKeyboard extends JsonDeserializer<List<NotificationButton>> {
        @Override
        public List<NotificationButton> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (node != null && node.isTextual()) {
                String text = node.asText().trim();
                node = text.isEmpty() ? null : ((ObjectMapper) parser.getCodec()).readTree(text);
            }
            List<NotificationButton> buttons = new ArrayList<>();
            if (node != null && node.isArray()) {
                for (JsonNode item : node) {
                    if (item.isObject() && !"NEWLINE".equals(item.path("TYPE").asText())) {
                        buttons.add(new NotificationButton(firstText(item, "TEXT", "TITLE"), valueOf(item)));
                    }
                }
            }
            return buttons;
        }

        @Override
        public List<NotificationButton> getNullValue(DeserializationContext context) {
            return List.of();
        }

        private static String valueOf(JsonNode item) {
            String value = firstText(item, "VALUE");
            if (value != null) {
                return value;
            }
            String commandParams = firstText(item, "COMMAND_PARAMS");
            return commandParams == null ? null : commandParams.substring(commandParams.indexOf('|') + 1);
        }

        private static String firstText(JsonNode item, String... names) {
            for (String name : names) {
                JsonNode value = item.get(name);
                if (value != null && !value.isNull()) {
                    return value.asText();
                }
            }
            return null;
        }
    }
}
