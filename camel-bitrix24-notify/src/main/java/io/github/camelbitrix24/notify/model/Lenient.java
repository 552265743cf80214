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
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Readers for the shapes Bitrix24 uses instead of null: {@code false}, {@code []} for an empty map, "Y"/"N". */
final class Lenient {

    private Lenient() {
    }

    /** "Y" / "N" (or a real boolean) as a boolean. */
    static final class YesNo extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            return node.isBoolean() ? node.booleanValue() : "Y".equalsIgnoreCase(node.asText());
        }

        @Override
        public Boolean getNullValue(DeserializationContext context) {
            return Boolean.FALSE;
        }
    }

    /** An object as a Map; {@code []}, {@code false} and null as an empty Map. */
    static final class ObjectOrEmpty extends JsonDeserializer<Map<String, Object>> {
        @Override
        public Map<String, Object> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            return node.isObject()
                    ? ((ObjectMapper) parser.getCodec()).convertValue(node, new TypeReference<Map<String, Object>>() {
                    })
                    : Map.of();
        }

        @Override
        public Map<String, Object> getNullValue(DeserializationContext context) {
            return Map.of();
        }
    }

    /** Text, with {@code false} (the portal's "no value") as null. */
    static final class TextOrFalse extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            return node.isBoolean() || node.isNull() || node.isContainerNode() ? null : node.asText();
        }
    }

    /** String-valued object as a Map; {@code false} or {@code []} as an empty Map. */
    static final class TextMapOrFalse extends JsonDeserializer<Map<String, String>> {
        @Override
        public Map<String, String> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            return node.isObject()
                    ? ((ObjectMapper) parser.getCodec()).convertValue(node, new TypeReference<Map<String, String>>() {
                    })
                    : Map.of();
        }

        @Override
        public Map<String, String> getNullValue(DeserializationContext context) {
            return Map.of();
        }
    }
}
