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
package io.github.camelbitrix24.notify.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a request goes: {@code /rest/{userId}/{code}/{method}[.json]} for an incoming webhook, {@code /rest/{method}}
 * for an OAuth application, anything else is not the REST API.
 */
record RestRoute(Kind kind, long userId, String code, String method) {

    enum Kind {
        WEBHOOK,
        OAUTH,
        NOT_REST
    }

    private static final String PREFIX = "/rest/";
    private static final String JSON_SUFFIX = ".json";
    /** A user id in the URL that is not a number can match no webhook. */
    private static final long NO_USER = -1;

    static RestRoute parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(PREFIX)) {
            return notRest();
        }
        List<String> segments = Arrays.stream(rawPath.substring(PREFIX.length()).split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(RestRoute::decode)
                .toList();
        if (segments.size() == 3) {
            return new RestRoute(Kind.WEBHOOK, userId(segments.get(0)), segments.get(1), method(segments.get(2)));
        }
        if (segments.size() == 1) {
            return new RestRoute(Kind.OAUTH, 0, "", method(segments.get(0)));
        }
        return notRest();
    }

    private static RestRoute notRest() {
        return new RestRoute(Kind.NOT_REST, 0, "", "");
    }

    private static long userId(String segment) {
        return segment.matches("[1-9]\\d{0,17}") ? Long.parseLong(segment) : NO_USER;
    }

    private static String method(String segment) {
        String method = segment.toLowerCase(Locale.ROOT).endsWith(JSON_SUFFIX)
                ? segment.substring(0, segment.length() - JSON_SUFFIX.length())
                : segment;
        return method.toLowerCase(Locale.ROOT);
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return segment;
        }
    }
}
