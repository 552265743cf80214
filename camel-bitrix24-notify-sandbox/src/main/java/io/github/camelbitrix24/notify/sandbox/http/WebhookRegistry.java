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

import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's incoming webhooks: one secret code per user, made on first request.
 */
public final class WebhookRegistry {

    /** What a fixed code may hold: one URL path segment that needs no escaping. */
    public static final String CODE_PATTERN = "[A-Za-z0-9_-]{1,64}";

    private static final String CODE_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int CODE_LENGTH = 16;

    /** Shared by every portal's registry (it is thread-safe): one generator's state per portal costs kilobytes. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<Long, String> codesByUser = new ConcurrentHashMap<>();

    /** The webhook code of the user, created on first call. */
    public String codeOf(long userId) {
        if (userId <= 0) {
            throw new IllegalArgumentException("A webhook belongs to a user id > 0, not " + userId);
        }
        return codesByUser.computeIfAbsent(userId, user -> newCode());
    }

    /**
     * Makes that code the user's webhook, replacing the one it had: letters, digits, {@code _} and {@code -}, as the
     * code is a segment of the webhook's URL.
     */
    public void fix(long userId, String code) {
        if (userId <= 0) {
            throw new IllegalArgumentException("A webhook belongs to a user id > 0, not " + userId);
        }
        if (code == null || !code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("A webhook code is letters, digits, '_' or '-'");
        }
        codesByUser.put(userId, code);
    }

    /** True when the code is the webhook of that user. */
    public boolean accepts(long userId, String code) {
        String expected = codesByUser.get(userId);
        return expected != null && expected.equals(code);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
