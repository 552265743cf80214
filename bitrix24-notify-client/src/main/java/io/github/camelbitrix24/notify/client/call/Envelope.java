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
package io.github.camelbitrix24.notify.client.call;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The top level of a Bitrix24 answer, {@code {"result": ..., "time": {...}}} or {@code {"error": ...,
 * "error_description": ...}}, read in one pass: the result as a tree, the {@code time} object only for the figures the
 * limits use.
 *
 * @param result           the {@code result} member, or null when absent
 * @param error            the {@code error} code, or null when absent or null
 * @param errorDescription the {@code error_description}, or null
 * @param time             the operating figures of {@code time}
 */
record Envelope(JsonNode result, String error, String errorDescription, CallTime time) {

    /**
     * Reads an answer body.
     *
     * @return null when the body is not a JSON object
     */
    static Envelope read(ObjectMapper mapper, byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try (JsonParser parser = mapper.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonNode result = null;
            String error = null;
            String errorDescription = null;
            CallTime time = CallTime.UNKNOWN;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "result" -> result = mapper.readTree(parser);
                    case "time" -> time = CallTime.read(parser);
                    case "error" -> error = text(mapper, parser, value);
                    case "error_description" -> errorDescription = text(mapper, parser, value);
                    default -> parser.skipChildren();
                }
            }
            return new Envelope(result, error, errorDescription, time);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** A member as text, as {@link JsonNode#asText()} gives it; null for JSON null. */
    private static String text(ObjectMapper mapper, JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value.isScalarValue()) {
            return parser.getValueAsString();
        }
        JsonNode container = mapper.readTree(parser);
        return container.asText();
    }
}
