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
package io.github.camelbitrix24.notify.sandbox.params;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;

/**
 * The filters of {@code im.notify.history.search}: text (contained, ignoring case), types ({@code MODULE} or
 * {@code MODULE|EVENT}; several types match modules only, as on the portal), a date window ({@code SEARCH_DATE_FROM} to
 * one day after {@code SEARCH_DATE_TO}, or one day from {@code SEARCH_DATE}), authors and a group tag.
 */
public final class NotificationSearch {

    private final String text;
    private final List<String> types;
    private final Instant from;
    private final Instant to;
    private final Set<Long> authors;
    private final Predicate<StoredNotification> group;

    private NotificationSearch(MethodParams params) {
        this.text = PhpValues.empty(params.text("SEARCH_TEXT")) ? null : params.text("SEARCH_TEXT");
        this.types = types(params);
        String fromText = params.isSet("SEARCH_DATE_FROM") && params.isSet("SEARCH_DATE_TO")
                ? params.text("SEARCH_DATE_FROM") : params.text("SEARCH_DATE");
        String toText = params.isSet("SEARCH_DATE_FROM") && params.isSet("SEARCH_DATE_TO")
                ? params.text("SEARCH_DATE_TO") : params.text("SEARCH_DATE");
        this.from = fromText == null ? null : date(fromText);
        this.to = toText == null ? null : date(toText).plus(1, ChronoUnit.DAYS);
        this.authors = params.array("SEARCH_AUTHORS").orElse(List.of()).stream()
                .map(PhpValues::text)
                .filter(Objects::nonNull)
                .filter(author -> author.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .collect(Collectors.toSet());
        this.group = NotificationGroups.byTag(params.trimmedText("GROUP_TAG"));
    }

    public static NotificationSearch of(MethodParams params) {
        return new NotificationSearch(params);
    }

    /** The portal returns nothing unless text, a type, a date window or authors narrow the search. */
    public boolean narrows() {
        return text != null || !types.isEmpty() || (from != null && to != null) || !authors.isEmpty();
    }

    public boolean matches(StoredNotification notification) {
        return (text == null || notification.text().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                && matchesType(notification)
                && matchesDate(notification)
                && (authors.isEmpty() || authors.contains(notification.authorId()))
                && group.test(notification);
    }

    private boolean matchesType(StoredNotification notification) {
        if (types.isEmpty()) {
            return true;
        }
        if (types.size() > 1) {
            return types.contains(notification.module());
        }
        String[] moduleAndEvent = types.get(0).split("\\|", 2);
        return moduleAndEvent[0].equals(notification.module())
                && (moduleAndEvent.length == 1 || moduleAndEvent[1].equals(notification.event()));
    }

    private boolean matchesDate(StoredNotification notification) {
        if (from == null || to == null) {
            return true;
        }
        Instant created = notification.date().toInstant();
        return !created.isBefore(from) && !created.isAfter(to);
    }

    private static List<String> types(MethodParams params) {
        List<String> several = params.array("SEARCH_TYPES").orElse(List.of()).stream()
                .filter(type -> type instanceof String text && !text.isEmpty())
                .map(String.class::cast)
                .toList();
        if (!several.isEmpty()) {
            return several;
        }
        String single = params.text("SEARCH_TYPE");
        return single == null || single.isEmpty() ? List.of() : List.of(single);
    }

    /** RFC 3339 as the portal expects; a bare date means its midnight in UTC. */
    private static Instant date(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw RestError.badRequest("ERROR_CORE", "Incorrect date/time: " + text);
            }
        }
    }
}
