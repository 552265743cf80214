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

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.camelbitrix24.notify.sandbox.encoding.Json;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;

/**
 * Checks an ATTACH parameter: the full form (an object with a {@code BLOCKS} array) or the short form (the array of
 * blocks), given as JSON or as a JSON string; each block an object with a single known key; the serialized attachment
 * no longer than the limit.
 */
public final class AttachValidator {

    private static final Set<String> BLOCK_TYPES = Set.of("MESSAGE", "LINK", "USER", "GRID", "IMAGE", "FILE",
            "DELIMITER");

    private AttachValidator() {
    }

    /** The attachment as parsed JSON; empty when the parameter is absent or empty. */
    public static Optional<Object> validated(Object attach, int maxLength) {
        if (PhpValues.empty(attach)) {
            return Optional.empty();
        }
        Object parsed = attach instanceof String text ? parse(text) : attach;
        blocksOf(parsed).forEach(AttachValidator::checkBlock);
        if (Json.write(parsed).length() > maxLength) {
            throw RestError.badRequest("ATTACH_OVERSIZE", "You have exceeded the maximum allowable size of attach");
        }
        return Optional.of(parsed);
    }

    private static Object parse(String text) {
        try {
            return Json.parse(text);
        } catch (IOException e) {
            throw incorrect();
        }
    }

    private static List<?> blocksOf(Object attach) {
        if (attach instanceof List<?> shortForm) {
            return shortForm;
        }
        if (attach instanceof Map<?, ?> fullForm && fullForm.get("BLOCKS") instanceof List<?> blocks) {
            return blocks;
        }
        throw incorrect();
    }

    private static void checkBlock(Object block) {
        if (!(block instanceof Map<?, ?> map) || map.size() != 1 || !BLOCK_TYPES.contains(map.keySet().iterator().next())) {
            throw incorrect();
        }
    }

    private static RestError incorrect() {
        return RestError.badRequest("ATTACH_ERROR", "Incorrect attach params");
    }
}
