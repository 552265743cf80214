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
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Values that must be one of an enum's constants: the constant itself, or its name in any case (a dash standing for an
 * underscore), as Camel's own conversion of an option value to an enum reads it.
 */
public final class EnumNames {

    private EnumNames() {
    }

    /** The constant of the enum {@code type} that {@code value} is or names, if any. */
    public static Optional<Enum<?>> findAny(Class<?> type, Object value) {
        if (value == null || !type.isEnum()) {
            return Optional.empty();
        }
        if (type.isInstance(value)) {
            return Optional.of((Enum<?>) value);
        }
        String text = value.toString().trim();
        return Arrays.stream((Enum<?>[]) type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(text)
                        || constant.name().equalsIgnoreCase(text.replace('-', '_')))
                .findFirst();
    }

    /** The names of the constants, e.g. {@code USER, SYSTEM}. */
    public static String listed(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
    }

    /**
     * Why a value is refused, e.g. {@code The option type cannot be 'sytem': it takes USER, SYSTEM in any case}.
     *
     * @param what    what gave the value, e.g. {@code The option type}
     * @param allowed the values it takes, as {@link #listed(Class)} gives them
     */
    public static String refusal(String what, Object value, String allowed) {
        return what + " cannot be '" + value + "': it takes " + allowed + " in any case";
    }
}
