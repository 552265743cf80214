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
package io.github.camelbitrix24.notify.sandbox.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.StoredNotification;

/**
 * The portal's users as REST shows them to other users. Every user id gets a made-up but stable person, so responses
 * are realistic and the same on every run.
 */
public final class UserDirectory {

    private static final List<String> FIRST_NAMES = List.of("John", "Maria", "Alex", "Olga", "David", "Anna",
            "Peter", "Elena", "Mark", "Irina");
    private static final List<String> LAST_NAMES = List.of("Smith", "Garcia", "Brown", "Petrova", "Miller",
            "Novak", "Wilson", "Orlova", "Taylor", "Klein");
    private static final List<String> COLORS = List.of("#1eb4aa", "#df532d", "#4ba984", "#f76187", "#2b5d9b",
            "#ab7761", "#58cc47", "#8474c8");
    private static final String LAST_ACTIVITY = "2026-01-15T09:30:00+00:00";

    private UserDirectory() {
    }

    private static Map<String, Object> describe(long userId) {
        int index = Math.floorMod(userId - 1, FIRST_NAMES.size());
        String firstName = FIRST_NAMES.get(index);
        String lastName = LAST_NAMES.get(Math.floorMod(userId - 1, LAST_NAMES.size()));
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", userId);
        user.put("active", true);
        user.put("name", firstName + " " + lastName);
        user.put("first_name", firstName);
        user.put("last_name", lastName);
        user.put("work_position", "");
        user.put("color", COLORS.get(Math.floorMod(userId, COLORS.size())));
        user.put("avatar", "");
        user.put("avatar_hr", "");
        user.put("gender", index % 2 == 0 ? "M" : "F");
        user.put("birthday", "");
        user.put("extranet", false);
        user.put("network", false);
        user.put("bot", false);
        user.put("connector", false);
        user.put("external_auth_id", "");
        user.put("status", "online");
        user.put("idle", false);
        user.put("last_activity_date", LAST_ACTIVITY);
        user.put("mobile_last_date", false);
        user.put("desktop_last_date", false);
        user.put("absent", false);
        user.put("departments", List.of(1));
        user.put("phones", Map.of("inner_phone", Long.toString(100 + userId)));
        user.put("bot_data", null);
        user.put("type", "user");
        user.put("website", "");
        user.put("email", (firstName + "." + lastName).toLowerCase(Locale.ROOT) + userId + "@example.com");
        return user;
    }

    /** The authors of the notifications, each once, in order of first appearance; system notifications have none. */
    public static List<Map<String, Object>> authorsOf(List<StoredNotification> page) {
        return page.stream()
                .map(StoredNotification::authorId)
                .filter(authorId -> authorId > 0)
                .distinct()
                .map(UserDirectory::describe)
                .toList();
    }
}
