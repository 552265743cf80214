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
package io.github.camelbitrix24.notify.model.attach;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one block or item, in the order they are put and spelled as the portal spells them. A field that is not
 * set is left out rather than sent as null, so that the portal applies its own default.
 */
final class WireFields {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Adds the field, unless {@code value} is null. */
    WireFields put(String key, Object value) {
        if (value != null) {
            fields.put(key, value);
        }
        return this;
    }

    Map<String, Object> toMap() {
        return fields;
    }

    /**
     * Returns a field value the portal cannot do without.
     *
     * @param  what                     names the field in the exception, such as {@code "USER name"}
     * @throws IllegalArgumentException if the value is null or blank
     */
    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }
}
