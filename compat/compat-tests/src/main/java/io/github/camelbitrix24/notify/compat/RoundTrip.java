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
package io.github.camelbitrix24.notify.compat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelbitrix24.notify.model.Notification;
import io.github.camelbitrix24.notify.model.NotificationPage;

/**
 * What one run of {@link RoundTripApp} got: the Camel and Java it ran on, the notification the consumer delivered and
 * the ids of the read-back page. Plain values, so that a run in another JVM can hand them over as printed lines.
 */
public record RoundTrip(String camelVersion, int javaFeature, long deliveredId, String deliveredText,
        int deliveredType, List<Long> readBackIds) {

    private static final String PREFIX = "compat.";

    public RoundTrip {
        readBackIds = List.copyOf(readBackIds);
    }

    static RoundTrip of(String camelVersion, Notification delivered, NotificationPage readBack) {
        List<Long> ids = readBack.notifications().stream().map(Notification::id).toList();
        return new RoundTrip(
                camelVersion, Runtime.version().feature(), delivered.id(), delivered.text(),
                delivered.notifyType(), ids);
    }

    /** The run as {@code compat.name=value} lines, read back by {@link #parse(List)}. */
    public List<String> lines() {
        return List.of(
                PREFIX + "camelVersion=" + camelVersion,
                PREFIX + "javaFeature=" + javaFeature,
                PREFIX + "deliveredId=" + deliveredId,
                PREFIX + "deliveredText=" + deliveredText,
                PREFIX + "deliveredType=" + deliveredType,
                PREFIX + "readBackIds=" + String.join(",", readBackIds.stream().map(String::valueOf).toList()));
    }

    /** The run from the output of {@link RoundTripApp#main}: its {@code compat.} lines, other lines (logs) skipped. */
    public static RoundTrip parse(List<String> output) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : output) {
            int equals = line.indexOf('=');
            if (line.startsWith(PREFIX) && equals > 0) {
                values.put(line.substring(PREFIX.length(), equals), line.substring(equals + 1));
            }
        }
        List<Long> ids = new ArrayList<>();
        Arrays.stream(required(values, "readBackIds").split(",")).filter(id -> !id.isEmpty())
                .forEach(id -> ids.add(Long.parseLong(id)));
        return new RoundTrip(
                required(values, "camelVersion"), Integer.parseInt(required(values, "javaFeature")),
                Long.parseLong(required(values, "deliveredId")), required(values, "deliveredText"),
                Integer.parseInt(required(values, "deliveredType")), ids);
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The application printed no " + PREFIX + name + " line");
        }
        return value;
    }
}
