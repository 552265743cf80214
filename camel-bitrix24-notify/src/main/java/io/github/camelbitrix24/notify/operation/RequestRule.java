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
package io.github.camelbitrix24.notify.operation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One check the portal makes on the parameters of a method, made here first so that input the portal would refuse is
 * refused with the portal's own error code and never sent.
 */
@FunctionalInterface
public interface RequestRule {

    /** The portal's refusal: its error code and description. */
    record Refusal(String code, String description) {
    }

    /** Checks the parameters as they would go on the wire; returns null when they pass. */
    Refusal check(Map<String, Object> params);

    /** Whether the portal makes this check only on webhook calls, whose application is named by CLIENT_ID. */
    default boolean webhookOnly() {
        return false;
    }

    /** The parameter must be a number above zero. */
    static RequestRule positive(NotifyParameter parameter, String code, String description) {
        return atLeast(parameter, 1, code, description);
    }

    /** The parameter must be a number of at least {@code min}. */
    static RequestRule atLeast(NotifyParameter parameter, long min, String code, String description) {
        return params -> {
            Long value = number(params.get(parameter.wireName()));
            return value != null && value >= min ? null : new Refusal(code, description);
        };
    }

    /** When present, the parameter must be a number from {@code min} to {@code max}; the refusal names the value. */
    static RequestRule within(NotifyParameter parameter, long min, long max, String code, String description) {
        return params -> {
            Object value = params.get(parameter.wireName());
            Long number = number(value);
            return value == null || number != null && number >= min && number <= max
                    ? null : new Refusal(code, description + ", got " + value);
        };
    }

    /** When present, the parameter must be a non-negative number (the portal checks it with /^\d+$/). */
    static RequestRule digits(NotifyParameter parameter, String code, String description) {
        return params -> {
            Object value = params.get(parameter.wireName());
            Long number = number(value);
            return value == null || number != null && number >= 0 ? null : new Refusal(code, description);
        };
    }

    /** The parameter must be text that is not blank once trimmed. */
    static RequestRule notBlank(NotifyParameter parameter, String code, String description) {
        return params -> {
            Object value = params.get(parameter.wireName());
            return value != null && !value.toString().isBlank() ? null : new Refusal(code, description);
        };
    }

    /** The two parameters are given together or not at all. */
    static RequestRule together(NotifyParameter first, NotifyParameter second, String code, String description) {
        return params -> params.containsKey(first.wireName()) == params.containsKey(second.wireName())
                ? null : new Refusal(code, description);
    }

    /** At least one of the parameters is given. */
    static RequestRule anyOf(String code, String description, NotifyParameter... parameters) {
        return params -> Arrays.stream(parameters).anyMatch(p -> isGiven(params.get(p.wireName())))
                ? null : new Refusal(code, description);
    }

    /** The parameter is a non-empty list of numbers. */
    static RequestRule numberList(NotifyParameter parameter, String code, String description) {
        return params -> params.get(parameter.wireName()) instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(item -> number(item) != null) ? null : new Refusal(code, description);
    }

    /**
     * Acting on tags without an id needs CLIENT_ID: a webhook has no application of its own. An OAuth token names its
     * application, so the check is {@link #webhookOnly()}.
     */
    static RequestRule clientIdForTags(String code, String description) {
        return new RequestRule() {
            @Override
            public Refusal check(Map<String, Object> params) {
                boolean byTag = !isGiven(params.get(NotifyParameter.ID.wireName()))
                        && (isGiven(params.get(NotifyParameter.TAG.wireName()))
                                || isGiven(params.get(NotifyParameter.SUB_TAG.wireName())));
                return byTag && !isGiven(params.get(NotifyParameter.CLIENT_ID.wireName()))
                        ? new Refusal(code, description) : null;
            }

            @Override
            public boolean webhookOnly() {
                return true;
            }
        };
    }

    /** Without another filter, the search text needs at least three characters. */
    static RequestRule searchText(String code, String description) {
        List<NotifyParameter> filters = List.of(NotifyParameter.SEARCH_TYPE, NotifyParameter.SEARCH_DATE,
                NotifyParameter.SEARCH_AUTHORS, NotifyParameter.SEARCH_DATE_FROM);
        return params -> {
            boolean filtered = filters.stream().anyMatch(p -> isGiven(params.get(p.wireName())))
                    || isGiven(params.get("SEARCH_TYPES"));
            Object text = params.get(NotifyParameter.SEARCH_TEXT.wireName());
            return filtered || text != null && text.toString().trim().length() >= 3 ? null : new Refusal(code, description);
        };
    }

    /** The value as a number, the way the portal reads it (raw parameters may be any Number or digits). */
    private static Long number(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value != null && value.toString().trim().matches("-?\\d{1,18}") ? Long.valueOf(value.toString().trim()) : null;
    }

    private static boolean isGiven(Object value) {
        return value != null && !value.toString().isEmpty();
    }
}
