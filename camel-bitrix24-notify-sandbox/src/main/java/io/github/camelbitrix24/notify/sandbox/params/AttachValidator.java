package io.github.camelbitrix24.notify.sandbox.params;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.camelbitrix24.notify.sandbox.encoding.Json;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;

/**
 * Checks an ATTACH parameter: the full form (an object with a {@code BLOCKS} array) or the short form (the array
 * of blocks), given as JSON or as a JSON string; each block an object with a single known key; the serialized
 * attachment no longer than the limit.
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
