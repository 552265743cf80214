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
package io.github.camelbitrix24.notify.producer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.model.attach.Attach;
import io.github.camelbitrix24.notify.model.attach.AttachBlockKind;

/**
 * Checks an {@code ATTACH} value before it is sent, so that a malformed or oversized attachment is refused locally with
 * the code the portal would answer ({@code ATTACH_ERROR}, {@code ATTACH_OVERSIZE}) instead of costing a request.
 * <p>
 * Only the structure is checked: the full form needs a {@code BLOCKS} array, and every block must be an object with
 * exactly one key naming a known block type ({@link AttachBlockKind}). The contents of a block are left to the portal,
 * which drops blocks it cannot use. No I/O; thread-safe.
 */
public final class AttachFormat {

    /** The known block types as the error messages list them, such as {@code MESSAGE, LINK, ...}. */
    private static final String BLOCK_TYPES = Arrays.stream(AttachBlockKind.values())
            .map(AttachBlockKind::wireName)
            .collect(Collectors.joining(", "));

    private static final String ERROR = "ATTACH_ERROR";
    private static final String OVERSIZE = "ATTACH_OVERSIZE";

    private final ObjectMapper mapper;
    private final int maxBytes;

    /**
     * @param mapper   parses JSON strings and serializes the value to measure it
     * @param maxBytes the largest accepted size of the compact JSON in UTF-8 bytes (the {@code attachMaxBytes} option)
     */
    public AttachFormat(ObjectMapper mapper, int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("attachMaxBytes must be positive, was " + maxBytes);
        }
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.maxBytes = maxBytes;
    }

    /**
     * Returns the ATTACH value to put on the wire (a Map for the full form or a List for the short form), or throws.
     * <p>
     * Accepts an {@link Attach}, a {@link Map} (full form: {@code {"ID":..,"COLOR_TOKEN":..,"BLOCKS":[..]}}), a
     * {@link List} (short form: the blocks alone), a JSON {@link String} of either form, or a Jackson {@link JsonNode}.
     * Maps and lists are returned as given; the other inputs are converted to maps and lists.
     *
     * @param  method          the REST method, named in the exception
     * @param  attach          the value to check
     * @return                 the value to send: a {@link Map} (full form) or a {@link List} (short form)
     * @throws PortalException with code {@code ATTACH_ERROR} if the value is not a well-formed ATTACH, or
     *                         {@code ATTACH_OVERSIZE} if its compact JSON is longer than {@code maxBytes} bytes
     */
    public Object normalize(String method, Object attach) {
        Object value = toWireValue(method, attach);
        checkStructure(method, value);
        checkSize(method, value);
        return value;
    }

    private Object toWireValue(String method, Object attach) {
        if (attach instanceof Attach built) {
            return built.toMap();
        }
        if (attach instanceof Map || attach instanceof List) {
            return attach;
        }
        if (attach instanceof String json) {
            if (json.isBlank()) {
                throw refused(method, ERROR, "ATTACH string is empty");
            }
            return fromTree(method, parse(method, json));
        }
        if (attach instanceof JsonNode node) {
            return fromTree(method, node);
        }
        throw refused(method, ERROR, "ATTACH must be an Attach, a Map (full form), a List of blocks (short form), "
                                     + "a JSON string or a JsonNode, got "
                                     + (attach == null ? "null" : attach.getClass().getName()));
    }

    private JsonNode parse(String method, String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw refused(method, ERROR, "ATTACH string is not valid JSON (" + location(e) + ")");
        }
    }

    private Object fromTree(String method, JsonNode node) {
        if (node == null || !(node.isObject() || node.isArray())) {
            throw refused(method, ERROR, "ATTACH JSON must be an object (full form) or an array of blocks "
                                         + "(short form), got " + describe(node));
        }
        try {
            return mapper.treeToValue(node, Object.class);
        } catch (JsonProcessingException e) {
            throw refused(method, ERROR, "ATTACH JSON cannot be read: " + e.getOriginalMessage());
        }
    }

    private static void checkStructure(String method, Object value) {
        List<?> blocks;
        String path;
        if (value instanceof Map<?, ?> map) {
            Object raw = map.get("BLOCKS");
            if (raw == null) {
                throw refused(method, ERROR, "ATTACH object has no BLOCKS array" + hintForBareBlock(map)
                                             + "; send {\"BLOCKS\": [...]} (full form) or the array of blocks alone (short form)");
            }
            if (!(raw instanceof List<?> list)) {
                throw refused(method, ERROR, "ATTACH BLOCKS must be an array of blocks, got " + describe(raw));
            }
            blocks = list;
            path = "BLOCKS";
        } else {
            blocks = (List<?>) value;
            path = "";
        }
        // the portal answers ATTACH_ERROR when no block is left
        if (blocks.isEmpty()) {
            throw refused(method, ERROR, "ATTACH has no blocks; add at least one of " + BLOCK_TYPES);
        }
        for (int i = 0; i < blocks.size(); i++) {
            checkBlock(method, blocks.get(i), "ATTACH block " + (i + 1) + " at " + path + "[" + i + "]");
        }
    }

    private static void checkBlock(String method, Object block, String where) {
        if (!(block instanceof Map<?, ?> map)) {
            throw refused(method, ERROR, where + " is " + describe(block)
                                         + ", expected an object with one key, its type, such as {\"MESSAGE\": \"text\"}");
        }
        if (map.isEmpty()) {
            throw refused(method, ERROR, where + " is an empty object, expected one key, its type: one of "
                                         + BLOCK_TYPES);
        }
        if (map.size() > 1) {
            throw refused(method, ERROR, where + " has " + map.size() + " keys " + map.keySet()
                                         + ", expected exactly one, its type; put each part in its own block");
        }
        Object type = map.keySet().iterator().next();
        if (!isBlockType(type)) {
            // the portal matches the type case-sensitively
            String hint = type instanceof String name && isBlockType(name.toUpperCase(Locale.ROOT))
                    ? " (block types are upper case)"
                    : "";
            throw refused(method, ERROR, where + " has unknown type " + type + hint + "; expected one of "
                                         + BLOCK_TYPES);
        }
    }

    private static String hintForBareBlock(Map<?, ?> map) {
        if (map.size() == 1 && isBlockType(map.keySet().iterator().next())) {
            return " (it looks like a single block: wrap it in an array)";
        }
        return "";
    }

    private static boolean isBlockType(Object key) {
        return key instanceof String name && AttachBlockKind.fromWireName(name).isPresent();
    }

    private void checkSize(String method, Object value) {
        byte[] json;
        try {
            // measure what is sent: compact, whatever the mapper's indentation setting
            json = mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw refused(method, ERROR, "ATTACH cannot be written as JSON: " + e.getOriginalMessage());
        }
        if (json.length > maxBytes) {
            throw refused(method, OVERSIZE, "ATTACH is " + json.length + " bytes as compact UTF-8 JSON, over the limit "
                                            + "of " + maxBytes + " bytes set by the attachMaxBytes option");
        }
    }

    private static String location(JsonProcessingException e) {
        // the first clause of Jackson's message says what broke; the rest repeats source details
        String reason = e.getOriginalMessage();
        int cut = reason.indexOf(" (start marker");
        if (cut > 0) {
            reason = reason.substring(0, cut);
        }
        if (e.getLocation() == null) {
            return reason;
        }
        return reason + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof JsonNode node) {
            if (node.isMissingNode()) {
                return "nothing";
            }
            return node.isNull() ? "JSON null" : "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value.getClass().isArray()) {
            return "a Java array (use a List)";
        }
        return "a " + value.getClass().getName();
    }

    private static PortalException refused(String method, String code, String message) {
        return PortalException.refused(method, code, message);
    }
}
