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

import java.lang.reflect.Array;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import io.github.camelbitrix24.notify.operation.ValueKind;

/**
 * Converts option, header and body values into wire values by {@link ValueKind}. A value that cannot be converted is
 * kept as given, so that the portal's own check (a {@link io.github.camelbitrix24.notify.operation.RequestRule})
 * refuses it with the portal's code.
 */
final class ParameterValues {

    private ParameterValues() {
    }

    static Object convert(ValueKind kind, Object value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            // RequestMapper made a NAME a constant already, refusing it where it knows the header or entry that gave it
            case TEXT, NAME -> value instanceof Enum<?> constant ? constant.name() : value.toString();
            case NUMBER -> number(value);
            case NUMBER_LIST -> numberList(value);
            case FLAG -> flag(value);
            case DATE -> date(value);
            case ATTACH -> throw new IllegalArgumentException("ATTACH is converted by AttachFormat");
        };
    }

    private static Object number(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        String text = value.toString().trim();
        return text.matches("-?\\d{1,18}") ? Long.parseLong(text) : value;
    }

    private static Object numberList(Object value) {
        List<Object> items = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> items.add(number(item)));
        } else if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(number(Array.get(value, i)));
            }
        } else if (value instanceof Number) {
            items.add(number(value));
        } else if (value instanceof CharSequence text) {
            for (String item : text.toString().split(",")) {
                if (!item.isBlank()) {
                    items.add(number(item));
                }
            }
        } else {
            return value;
        }
        return items;
    }

    private static Object flag(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? "Y" : "N";
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true", "y", "yes" -> "Y";
            case "false", "n", "no" -> "N";
            default -> value.toString();
        };
    }

    private static Object date(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } else if (value instanceof ZonedDateTime time) {
            return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } else if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } else if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } else if (value instanceof LocalDate day) {
            return day.atStartOfDay().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } else if (value instanceof LocalDateTime time) {
            return time.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return value.toString();
    }
}
