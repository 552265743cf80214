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
package io.github.camelbitrix24.notify.sandbox.encoding;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses query strings and form bodies the way PHP's {@code parse_str} does: {@code IDS[]=1&IDS[]=2} gives a list,
 * {@code ATTACH[BLOCKS][0][MESSAGE]=x} nested maps and lists, {@code cmd[c0]=...} a map. Values stay strings.
 */
public final class PhpQueryString {

    private PhpQueryString() {
    }

    public static Map<String, Object> parse(String query) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return root;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!name.isEmpty()) {
                put(root, keyPath(name), value);
            }
        }
        root.replaceAll((key, item) -> PhpArrays.listsWherePhpWould(item));
        return root;
    }

    /** {@code a[b][]} gives {@code [a, b, ""]}; a name whose brackets do not close is one plain key. */
    static List<String> keyPath(String name) {
        int open = name.indexOf('[');
        if (open <= 0) {
            return List.of(name);
        }
        List<String> path = new ArrayList<>();
        path.add(name.substring(0, open));
        int position = open;
        while (position < name.length() && name.charAt(position) == '[') {
            int close = name.indexOf(']', position);
            if (close < 0) {
                return List.of(name);
            }
            path.add(name.substring(position + 1, close));
            position = close + 1;
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, List<String> path, String value) {
        Map<String, Object> node = root;
        for (int level = 0; level < path.size() - 1; level++) {
            String key = keyAt(node, path.get(level));
            Object child = node.get(key);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(key, child);
            }
            node = (Map<String, Object>) child;
        }
        node.put(keyAt(node, path.get(path.size() - 1)), value);
    }

    /** An empty key ({@code []}) appends: PHP takes the next integer after the largest one used. */
    private static String keyAt(Map<String, Object> node, String key) {
        if (!key.isEmpty()) {
            return key;
        }
        long next = 0;
        for (String existing : node.keySet()) {
            if (existing.matches("0|[1-9]\\d{0,17}")) {
                next = Math.max(next, Long.parseLong(existing) + 1);
            }
        }
        return Long.toString(next);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            // PHP leaves a broken %-escape as it is
            return text;
        }
    }
}
