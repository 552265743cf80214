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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PHP keeps lists and maps in one array type and {@code json_encode} writes an array whose keys are exactly 0..n-1 as a
 * JSON array, anything else as an object. That is why the portal answers empty maps with {@code []}.
 */
public final class PhpArrays {

    private PhpArrays() {
    }

    /** The JSON shape PHP would give this map: a list when its keys are 0..n-1 (or it is empty), else the map. */
    public static Object asJsonValue(Map<String, ?> map) {
        return isList(map) ? new ArrayList<>(map.values()) : map;
    }

    static boolean isList(Map<String, ?> map) {
        int expected = 0;
        for (String key : map.keySet()) {
            if (!key.equals(Integer.toString(expected++))) {
                return false;
            }
        }
        return true;
    }

    /** Replaces, at every depth, the maps PHP would consider lists by lists. */
    static Object listsWherePhpWould(Object value) {
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> entries = (Map<String, Object>) map;
            entries.replaceAll((key, item) -> listsWherePhpWould(item));
            return isList(entries) && !entries.isEmpty() ? new ArrayList<>(entries.values()) : entries;
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            list.forEach(item -> converted.add(listsWherePhpWould(item)));
            return converted;
        }
        return value;
    }
}
